import { FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedDate } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import type { ApiClientScope } from '../../graphql/graphql';
import { describeError, problemsAt } from '../../errors/describe-error';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Pagination } from '../../ui/pagination';
import { ActionDisclosure } from '../secretariat/action-disclosure';
import { ConfirmAction } from './confirm-action';
import { IssuedKey } from './issued-key';
import { RegistryNav } from './registry-nav';
import { useRegistryNotice } from './registry-notice';
import { CREATE_API_CLIENT, REGISTRY_API_CLIENTS, REGISTRY_STATES, REVOKE_API_CLIENT } from './registry.operations';

const SCOPES: ApiClientScope[] = ['RELEASES_READ'];
const PAGE = 50;

/** Machine clients: issue one (its key shown once), see when each was last used and the webhooks it registered, revoke. */
export function ApiClientsPage() {
  const t = useT();
  const { data, error, loading, fetchMore, refetch } = useQuery(REGISTRY_API_CLIENTS, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(REVOKE_API_CLIENT);
  const [issued, setIssued] = useState<{ name: string; apiKey: string } | null>(null);
  const [noticeLine, setNotice] = useRegistryNotice();
  const page = data?.apiClients;
  // Once the key is put away, focus returns to the button that issues another instead of falling to the page's end.
  const issueArea = useRef<HTMLDivElement>(null);
  const [stored, setStored] = useState(false);
  useEffect(() => {
    if (stored && !issued) issueArea.current?.querySelector('button')?.focus();
  }, [stored, issued]);
  return (
    <>
      <PageTitle>{t('registry.clients.title')}</PageTitle>
      <RegistryNav />
      <p>{t('registry.clients.intro')}</p>
      {noticeLine}
      <div ref={issueArea}>
        {issued ? (
          <IssuedKey
            name={issued.name}
            apiKey={issued.apiKey}
            onStored={() => {
              setIssued(null);
              setStored(true);
            }}
          />
        ) : (
          <ActionDisclosure label={t('registry.clients.issue')}>
            {() => (
              <IssueForm
                onIssued={(result) => {
                  setStored(false);
                  setIssued(result);
                  void refetch();
                }}
              />
            )}
          </ActionDisclosure>
        )}
      </div>
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {loading && !page && <Loading />}
      {page && page.edges.length === 0 && <p>{t('registry.clients.empty')}</p>}
      {page && page.edges.length > 0 && (
        <div className="table-scroll">
          <table className="registry-table">
            <caption>{t('registry.clients.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('registry.clients.name')}</th>
                <th scope="col">{t('registry.clients.state')}</th>
                <th scope="col">{t('registry.clients.scopes')}</th>
                <th scope="col">{t('registry.clients.keyId')}</th>
                <th scope="col">{t('registry.clients.lastUsed')}</th>
                <th scope="col">{t('registry.clients.status')}</th>
                <th scope="col">{t('registry.clients.webhooks')}</th>
                <th scope="col">{t('registry.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">{node.name}</th>
                  <td>
                    {node.state.name} ({node.state.code})
                  </td>
                  <td>{node.scopes.map((scope) => t(`registry.clients.scope.${scope}`)).join(', ')}</td>
                  <td>
                    <code>{node.keyId}</code>
                  </td>
                  <td>{node.lastUsedAt ? <FormattedDate value={node.lastUsedAt} dateStyle="medium" timeStyle="short" /> : t('registry.clients.never')}</td>
                  <td>
                    {node.revokedAt ? (
                      <span className="status status-inactive">
                        {t('registry.clients.revoked')} <FormattedDate value={node.revokedAt} dateStyle="medium" />
                      </span>
                    ) : (
                      <span className="status">{t('registry.clients.active')}</span>
                    )}
                  </td>
                  <td>
                    {node.webhooks.length === 0 ? (
                      t('registry.clients.noWebhooks')
                    ) : (
                      <ul className="plain-list">
                        {node.webhooks.map((webhook) => (
                          <li key={webhook.id}>
                            <Link to={`/secretariat/registry/webhooks/${webhook.id}`} aria-label={t('registry.clients.webhookLink', { url: webhook.url, name: node.name })}>
                              <code>{webhook.url}</code>
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {!node.revokedAt && (
                      <ConfirmAction
                        label={t('registry.clients.revoke')}
                        consequence={t('registry.clients.revokeConsequence', { name: node.name })}
                        confirm={t('registry.clients.revokeConfirm', { name: node.name })}
                        cancel={t('registry.cancel')}
                        onConfirm={async () => {
                          await revoke({ variables: { input: { id: node.id } } });
                          setNotice(t('registry.clients.revokedNotice', { name: node.name }));
                        }}
                      />
                    )}
                  </td>
                </tr>
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
                apiClients: { ...fetchMoreResult.apiClients, edges: [...(previous.apiClients?.edges ?? []), ...fetchMoreResult.apiClients.edges] },
              }),
            })
          }
        />
      )}
    </>
  );
}

function IssueForm({ onIssued }: { onIssued(issued: { name: string; apiKey: string }): void }) {
  const t = useT();
  const states = useQuery(REGISTRY_STATES);
  const stateList = states.data ? [...states.data.participatingStates].sort((a, b) => a.name.localeCompare(b.name)) : [];
  const [name, setName] = useState('');
  const [stateId, setStateId] = useState('');
  const [scopes, setScopes] = useState<ApiClientScope[]>(['RELEASES_READ']);
  const [create, { error, loading }] = useMutation(CREATE_API_CLIENT);
  const fields = error ? describeError(error).fields : [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ variables: { input: { name: name.trim(), stateId, scopes } } }).then(
      (r) => r.data?.createApiClient,
      () => null,
    );
    if (result) onIssued({ name: result.apiClient.name, apiKey: result.apiKey });
  };
  return (
    <form className="action-form" onSubmit={submit} aria-label={t('registry.clients.issueForm')}>
      <ErrorNotice error={error} />
      <FormField label={t('registry.clients.name')} hint={t('registry.clients.nameHint')} problems={problemsAt(fields, 'name')}>
        <input required value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </FormField>
      <FormField label={t('registry.clients.state')} problems={problemsAt(fields, 'stateId')}>
        <select required value={stateId} onChange={(e) => setStateId(e.target.value)}>
          <option value="">{t('registry.clients.chooseState')}</option>
          {stateList.map((state) => (
            <option key={state.id} value={state.id}>
              {state.name} ({state.code})
            </option>
          ))}
        </select>
      </FormField>
      <fieldset>
        <legend>{t('registry.clients.scopes')}</legend>
        {SCOPES.map((scope) => (
          <div className="choice" key={scope}>
            <input
              type="checkbox"
              id={`scope-${scope}`}
              aria-describedby={`scope-${scope}-hint`}
              checked={scopes.includes(scope)}
              onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))}
            />
            <label htmlFor={`scope-${scope}`}>{t(`registry.clients.scope.${scope}`)}</label>
            <span className="field-hint" id={`scope-${scope}-hint`}>
              {t(`registry.clients.scope.${scope}.hint`)}
            </span>
          </div>
        ))}
        {problemsAt(fields, 'scopes').map((problem) => (
          <p className="field-error" key={problem.message}>
            {problem.message}
          </p>
        ))}
      </fieldset>
      <p className="consequence">{t('registry.clients.issueConsequence')}</p>
      <button type="submit" className="primary" disabled={loading}>
        {t('registry.clients.issueSubmit')}
      </button>
    </form>
  );
}
