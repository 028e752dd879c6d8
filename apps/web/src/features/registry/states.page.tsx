import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useT } from '../../app/i18n/use-t';
import type { StateStatus } from '../../graphql/graphql';
import { describeError, problemsAt } from '../../errors/describe-error';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { ActionDisclosure } from '../secretariat/action-disclosure';
import { ConfirmAction } from './confirm-action';
import { RegistryNav } from './registry-nav';
import { useRegistryNotice } from './registry-notice';
import { CREATE_STATE, REGISTRY_STATES, UPDATE_STATE } from './registry.operations';

export const STATE_STATUSES: StateStatus[] = ['ACTIVE', 'OBSERVER', 'SUSPENDED'];

/** The participating states, each with the status changes it can take, and a form to add one. */
export function StatesPage() {
  const t = useT();
  const { data, error, loading, refetch } = useQuery(REGISTRY_STATES, { fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UPDATE_STATE);
  const [noticeLine, setNotice] = useRegistryNotice();
  const states = data ? [...data.participatingStates].sort((a, b) => a.code.localeCompare(b.code)) : null;
  return (
    <>
      <PageTitle>{t('registry.states.title')}</PageTitle>
      <RegistryNav />
      <p>{t('registry.states.intro')}</p>
      {noticeLine}
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {loading && !states && <Loading />}
      {states && states.length === 0 && <p>{t('registry.states.empty')}</p>}
      {states && states.length > 0 && (
        <div className="table-scroll">
          <table className="registry-table">
            <caption>{t('registry.states.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('registry.states.code')}</th>
                <th scope="col">{t('registry.states.name')}</th>
                <th scope="col">{t('registry.states.status')}</th>
                <th scope="col">{t('registry.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {states.map((state) => (
                <tr key={state.id}>
                  <th scope="row">{state.code}</th>
                  <td>{state.name}</td>
                  <td>
                    <span className={`status status-${state.status.toLowerCase()}`}>{t(`registry.status.${state.status}`)}</span>
                  </td>
                  <td>
                    <div className="action-row">
                      {STATE_STATUSES.filter((status) => status !== state.status).map((status) => (
                        <ConfirmAction
                          key={status}
                          label={t(`registry.states.to.${status}`)}
                          consequence={t(`registry.states.consequence.${status}`, { name: state.name })}
                          confirm={t(`registry.states.confirm.${status}`, { name: state.name })}
                          cancel={t('registry.cancel')}
                          onConfirm={async () => {
                            await update({ variables: { input: { id: state.id, status } } });
                            setNotice(t('registry.states.changed', { name: state.name, status: t(`registry.status.${status}`) }));
                          }}
                        />
                      ))}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ActionDisclosure label={t('registry.states.add')}>
        {(close) => (
          <AddStateForm
            onDone={(added) => {
              setNotice(t('registry.states.added', added));
              close();
            }}
          />
        )}
      </ActionDisclosure>
    </>
  );
}

function AddStateForm({ onDone }: { onDone(added: { code: string; name: string }): void }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [status, setStatus] = useState<StateStatus>('ACTIVE');
  const [create, { error, loading }] = useMutation(CREATE_STATE, { refetchQueries: [REGISTRY_STATES] });
  const fields = error ? describeError(error).fields : [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await create({ variables: { input: { code: code.trim().toUpperCase(), name: name.trim(), status } } }).then(
      (result) => result.data?.createParticipatingState,
      () => null,
    );
    if (done) onDone({ code: done.code, name: done.name });
  };
  return (
    <form className="action-form" onSubmit={submit} aria-label={t('registry.states.addForm')}>
      <ErrorNotice error={error} />
      <FormField label={t('registry.states.code')} hint={t('registry.states.codeHint')} problems={problemsAt(fields, 'code')}>
        <input required value={code} onChange={(e) => setCode(e.target.value)} maxLength={2} pattern="[A-Za-z]{2}" autoComplete="off" size={4} />
      </FormField>
      <FormField label={t('registry.states.name')} problems={problemsAt(fields, 'name')}>
        <input required value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </FormField>
      <FormField label={t('registry.states.initialStatus')} problems={problemsAt(fields, 'status')}>
        <select value={status} onChange={(e) => setStatus(e.target.value as StateStatus)}>
          {STATE_STATUSES.map((option) => (
            <option key={option} value={option}>
              {t(`registry.status.${option}`)}
            </option>
          ))}
        </select>
      </FormField>
      <p className="consequence">{t('registry.states.addConsequence')}</p>
      <button type="submit" className="primary" disabled={loading}>
        {t('registry.states.create')}
      </button>
    </form>
  );
}
