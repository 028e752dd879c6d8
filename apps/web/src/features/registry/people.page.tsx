import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { useViewer } from '../../app/session/session-context';
import type { RegistryPeopleQuery, Role } from '../../graphql/graphql';
import { describeError, problemsAt } from '../../errors/describe-error';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Pagination } from '../../ui/pagination';
import { ActionDisclosure } from '../secretariat/action-disclosure';
import { ConfirmAction } from './confirm-action';
import { RegistryNav } from './registry-nav';
import { useRegistryNotice } from './registry-notice';
import { INVITE_USER, ISSUE_PASSWORD_RESET, REGISTRY_PEOPLE, REGISTRY_STATES, UPDATE_USER } from './registry.operations';

const ROLES: Role[] = ['DELEGATE', 'HEAD_OF_DELEGATION', 'SECRETARIAT'];
const PAGE = 25;
type Person = RegistryPeopleQuery['users']['edges'][number]['node'];

/** Everyone who can sign in, filtered by role and delegation, with invitation, deactivation and password resets. */
export function PeoplePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const role = ROLES.find((r) => r === params.get('role')) ?? null;
  const stateId = params.get('state') || null;
  const states = useQuery(REGISTRY_STATES);
  const stateList = states.data ? [...states.data.participatingStates].sort((a, b) => a.name.localeCompare(b.name)) : [];
  const { data, error, loading, fetchMore, refetch } = useQuery(REGISTRY_PEOPLE, { variables: { role, stateId, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const [noticeLine, setNotice] = useRegistryNotice();
  const page = data?.users;
  const setFilter = (key: 'role' | 'state', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <>
      <PageTitle>{t('registry.people.title')}</PageTitle>
      <RegistryNav />
      <p>{t('registry.people.intro')}</p>
      {noticeLine}
      <ActionDisclosure label={t('registry.people.invite')}>
        {(close) => (
          <InviteForm
            states={stateList}
            onDone={(message) => {
              setNotice(message);
              void refetch();
              close();
            }}
          />
        )}
      </ActionDisclosure>
      <fieldset className="registry-filters">
        <legend>{t('registry.people.filters')}</legend>
        <FormField label={t('registry.people.role')}>
          <select value={role ?? ''} onChange={(e) => setFilter('role', e.target.value)}>
            <option value="">{t('registry.people.anyRole')}</option>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`app.role.${option}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('registry.people.state')}>
          <select value={stateId ?? ''} onChange={(e) => setFilter('state', e.target.value)}>
            <option value="">{t('registry.people.anyState')}</option>
            {stateList.map((state) => (
              <option key={state.id} value={state.id}>
                {state.name} ({state.code})
              </option>
            ))}
          </select>
        </FormField>
      </fieldset>
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {loading && !page && <Loading />}
      {page && page.edges.length === 0 && <p>{t('registry.people.empty')}</p>}
      {page && page.edges.length > 0 && (
        <div className="table-scroll">
          <table className="registry-table">
            <caption>{t('registry.people.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('registry.people.name')}</th>
                <th scope="col">{t('registry.people.email')}</th>
                <th scope="col">{t('registry.people.role')}</th>
                <th scope="col">{t('registry.people.state')}</th>
                <th scope="col">{t('registry.people.account')}</th>
                <th scope="col">{t('registry.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node }) => (
                <PersonRow key={node.id} person={node} onNotice={setNotice} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && (
        <Pagination
          shown={page.edges.length}
          total={page.totalCount}
          hasNextPage={page.pageInfo.hasNextPage}
          loading={loading}
          onMore={() =>
            void fetchMore({
              variables: { after: page.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                users: { ...fetchMoreResult.users, edges: [...(previous.users?.edges ?? []), ...fetchMoreResult.users.edges] },
              }),
            })
          }
        />
      )}
    </>
  );
}

function PersonRow({ person, onNotice }: { person: Person; onNotice(message: string): void }) {
  const t = useT();
  const [update] = useMutation(UPDATE_USER);
  const [reset] = useMutation(ISSUE_PASSWORD_RESET);
  const viewer = useViewer();
  const name = person.displayName;
  // Deactivating yourself would lock you out mid-task; your own password is changed under My account.
  const self = person.id === viewer.id;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{person.email}</td>
      <td>{t(`app.role.${person.role}`)}</td>
      <td>{person.state ? `${person.state.name} (${person.state.code})` : t('registry.people.secretariat')}</td>
      <td>
        <span className={person.active ? 'status' : 'status status-inactive'}>{person.active ? t('registry.people.active') : t('registry.people.inactive')}</span>
      </td>
      <td>
        {self ? (
          t('registry.people.you')
        ) : (
          <div className="action-row">
            {person.active ? (
              <ConfirmAction
                label={t('registry.people.deactivate')}
                consequence={t('registry.people.deactivateConsequence', { name })}
                confirm={t('registry.people.deactivateConfirm', { name })}
                cancel={t('registry.cancel')}
                onConfirm={async () => {
                  await update({ variables: { input: { id: person.id, active: false } } });
                  onNotice(t('registry.people.deactivated', { name }));
                }}
              />
            ) : (
              <ConfirmAction
                label={t('registry.people.reactivate')}
                consequence={t('registry.people.reactivateConsequence', { name })}
                confirm={t('registry.people.reactivateConfirm', { name })}
                cancel={t('registry.cancel')}
                onConfirm={async () => {
                  await update({ variables: { input: { id: person.id, active: true } } });
                  onNotice(t('registry.people.reactivated', { name }));
                }}
              />
            )}
            {person.active && (
              <ConfirmAction
                label={t('registry.people.reset')}
                consequence={t('registry.people.resetConsequence', { email: person.email })}
                confirm={t('registry.people.resetConfirm', { name })}
                cancel={t('registry.cancel')}
                onConfirm={async () => {
                  await reset({ variables: { input: { userId: person.id } } });
                  onNotice(t('registry.people.resetSent', { email: person.email }));
                }}
              />
            )}
          </div>
        )}
      </td>
    </tr>
  );
}

function InviteForm({ states, onDone }: { states: { id: string; code: string; name: string }[]; onDone(message: string): void }) {
  const t = useT();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('DELEGATE');
  const [stateId, setStateId] = useState('');
  const [invite, { error, loading }] = useMutation(INVITE_USER);
  const fields = error ? describeError(error).fields : [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { displayName: displayName.trim(), email: email.trim(), role, stateId: role === 'SECRETARIAT' ? null : stateId || null };
    const invited = await invite({ variables: { input } }).then(
      (result) => result.data?.inviteUser,
      () => null,
    );
    if (invited) onDone(t('registry.people.invited', { email: invited.email }));
  };
  return (
    <form className="action-form" onSubmit={submit} aria-label={t('registry.people.inviteForm')}>
      <ErrorNotice error={error} />
      <FormField label={t('registry.people.displayName')} problems={problemsAt(fields, 'displayName')}>
        <input required value={displayName} onChange={(e) => setDisplayName(e.target.value)} autoComplete="off" />
      </FormField>
      <FormField label={t('registry.people.email')} problems={problemsAt(fields, 'email')}>
        <input required type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
      </FormField>
      <FormField label={t('registry.people.role')} problems={problemsAt(fields, 'role')}>
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`app.role.${option}`)}
            </option>
          ))}
        </select>
      </FormField>
      {role !== 'SECRETARIAT' && (
        <FormField label={t('registry.people.state')} hint={t('registry.people.stateHint')} problems={problemsAt(fields, 'stateId')}>
          <select required value={stateId} onChange={(e) => setStateId(e.target.value)}>
            <option value="">{t('registry.clients.chooseState')}</option>
            {states.map((state) => (
              <option key={state.id} value={state.id}>
                {state.name} ({state.code})
              </option>
            ))}
          </select>
        </FormField>
      )}
      <p className="consequence">{t('registry.people.inviteConsequence')}</p>
      <button type="submit" className="primary" disabled={loading}>
        {t('registry.people.inviteSubmit')}
      </button>
    </form>
  );
}
