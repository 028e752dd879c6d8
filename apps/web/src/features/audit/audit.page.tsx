import { FormEvent, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { FormattedDate } from 'react-intl';
import { useT } from '../../app/i18n/use-t';
import { useViewer } from '../../app/session/session-context';
import type { AuditLogFilter } from '../../graphql/graphql';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Pagination } from '../../ui/pagination';
import { actionMessageKey, AUDIT_ACTIONS, isKnownAction } from './audit-actions';
import { AUDIT_LOG } from './audit.operations';
import { VerifyChainSection } from './verify-chain.section';

const PAGE = 50;
const FILTER_KEYS = ['action', 'stateCode', 'objectType', 'objectId', 'from', 'to'] as const;

/** Dates in the form are days; the API wants instants, the end day included. */
function filterFrom(params: URLSearchParams): AuditLogFilter {
  const filter: AuditLogFilter = {};
  for (const key of ['stateCode', 'objectType', 'objectId'] as const) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  const action = params.get('action');
  if (action && isKnownAction(action)) filter.action = action;
  const from = params.get('from');
  const to = params.get('to');
  if (from) filter.from = new Date(`${from}T00:00:00Z`).toISOString();
  if (to) filter.to = new Date(new Date(`${to}T00:00:00Z`).getTime() + 86_400_000).toISOString();
  return filter;
}

export function AuditPage() {
  const t = useT();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState(() => Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])));
  const { data, error, loading, fetchMore, refetch } = useQuery(AUDIT_LOG, { variables: { filter: filterFrom(params), first: PAGE }, fetchPolicy: 'cache-and-network' });
  const log = data?.auditLog;
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams(Object.fromEntries(Object.entries(draft).filter(([, value]) => value)));
  };
  const field = (key: (typeof FILTER_KEYS)[number]) => ({ value: draft[key], onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }) });

  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <p>{viewer.state ? t('audit.introDelegation', { state: viewer.state.name }) : t('audit.introSecretariat')}</p>
      {!viewer.state && <VerifyChainSection />}
      <form className="filters" onSubmit={apply} aria-label={t('audit.filters')}>
        <FormField label={t('audit.filter.action')}>
          <select {...field('action')}>
            <option value="">{t('audit.filter.any')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(actionMessageKey(action))}
              </option>
            ))}
          </select>
        </FormField>
        {!viewer.state && (
          <FormField label={t('audit.filter.state')} hint={t('audit.filter.stateHint')}>
            <input {...field('stateCode')} maxLength={2} />
          </FormField>
        )}
        <FormField label={t('audit.filter.objectType')} hint={t('audit.filter.objectTypeHint')}>
          <input {...field('objectType')} />
        </FormField>
        <FormField label={t('audit.filter.objectId')}>
          <input {...field('objectId')} />
        </FormField>
        <FormField label={t('audit.filter.from')}>
          <input type="date" {...field('from')} />
        </FormField>
        <FormField label={t('audit.filter.to')}>
          <input type="date" {...field('to')} />
        </FormField>
        <button type="submit" className="primary">
          {t('audit.filter.apply')}
        </button>
      </form>
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {loading && !log && <Loading />}
      {log && (
        <>
          {log.edges.length === 0 ? (
            <p>{t('audit.empty')}</p>
          ) : (
            <table>
              <caption className="visually-hidden">{t('audit.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.column.sequence')}</th>
                  <th scope="col">{t('audit.column.when')}</th>
                  <th scope="col">{t('audit.column.what')}</th>
                  <th scope="col">{t('audit.column.who')}</th>
                  <th scope="col">{t('audit.column.object')}</th>
                </tr>
              </thead>
              <tbody>
                {log.edges.map(({ node }) =>
                  node.redacted ? (
                    <tr key={node.id} className="redacted">
                      <td>{node.sequence}</td>
                      <td>
                        <FormattedDate value={node.occurredAt} dateStyle="medium" timeStyle="medium" />
                      </td>
                      <td colSpan={3}>
                        {t('audit.redacted')}
                        <details>
                          <summary>{t('audit.details')}</summary>
                          <p className="hint">{t('audit.redactedHint')}</p>
                          <p className="hint">
                            {t('audit.hash')} <code>{node.hash.slice(0, 16)}…</code>
                          </p>
                        </details>
                      </td>
                    </tr>
                  ) : (
                    <tr key={node.id}>
                      <td>{node.sequence}</td>
                      <td>
                        <FormattedDate value={node.occurredAt} dateStyle="medium" timeStyle="medium" />
                      </td>
                      <td>
                        {node.action && isKnownAction(node.action) ? t(actionMessageKey(node.action)) : node.action}
                        <details>
                          <summary>{t('audit.details')}</summary>
                          <pre className="summary-json">{JSON.stringify(JSON.parse(node.summary ?? 'null'), null, 2)}</pre>
                          <p className="hint">
                            {t('audit.hash')} <code>{node.hash.slice(0, 16)}…</code>
                          </p>
                        </details>
                      </td>
                      <td>
                        {t(`audit.actor.${node.actorKind === 'API_CLIENT' ? 'API_CLIENT' : node.actorKind === 'SYSTEM' ? 'SYSTEM' : 'USER'}`)}
                        {node.stateCode ? ` · ${node.stateCode}` : ''}
                      </td>
                      <td>
                        {node.objectType} <code>{node.objectId?.slice(0, 8)}</code>
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          )}
          <Pagination
            shown={log.edges.length}
            total={log.totalCount}
            hasNextPage={log.pageInfo.hasNextPage}
            loading={loading}
            onMore={() =>
              void fetchMore({
                variables: { after: log.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  auditLog: { ...fetchMoreResult.auditLog, edges: [...(previous.auditLog?.edges ?? []), ...fetchMoreResult.auditLog.edges] },
                }),
              })
            }
          />
        </>
      )}
    </>
  );
}
