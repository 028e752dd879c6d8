import { FormEvent, useState } from 'react';
import { useQuery, useSubscription } from '@apollo/client/react';
import { FormattedDate } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { useViewer } from '../../app/session/session-context';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Pagination } from '../../ui/pagination';
import { filtersFrom, filtersToParams, filterVariables, hasFilters, IN_PROCESS_FILTER, ProposalFilters, STATUSES } from './proposal-status';
import { PROPOSAL_EVENTS, PROPOSAL_FILTER_STATES, PROPOSAL_LIST } from './proposals.operations';

const PAGE_SIZE = 20;

function FilterForm({ initial, onApply }: { initial: ProposalFilters; onApply(filters: ProposalFilters): void }) {
  const t = useT();
  const [filters, setFilters] = useState(initial);
  const states = useQuery(PROPOSAL_FILTER_STATES);
  const set = (key: keyof ProposalFilters) => (event: { target: { value: string } }) => setFilters({ ...filters, [key]: event.target.value });
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(filters);
  }
  return (
    <form className="proposal-filters" role="search" aria-label={t('proposals.filters')} onSubmit={submit}>
      <fieldset>
        <legend>{t('proposals.filters')}</legend>
        <div className="proposal-filter-fields">
          <FormField label={t('proposals.filter.status')}>
            <select value={filters.status} onChange={set('status')}>
              <option value="">{t('proposals.filter.status.any')}</option>
              <option value={IN_PROCESS_FILTER}>{t('proposals.filter.status.inProcess')}</option>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`proposals.status.${status}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label={t('proposals.filter.sponsor')}>
            <select value={filters.sponsor} onChange={set('sponsor')}>
              <option value="">{t('proposals.filter.sponsor.any')}</option>
              {states.data?.participatingStates.map((state) => (
                <option key={state.id} value={state.code}>
                  {state.name}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label={t('proposals.filter.code')} hint={t('proposals.filter.codeHint')}>
            <input value={filters.code} onChange={set('code')} autoComplete="off" spellCheck={false} size={8} />
          </FormField>
          <FormField label={t('proposals.filter.words')} hint={t('proposals.filter.wordsHint')}>
            <input type="search" value={filters.words} onChange={set('words')} />
          </FormField>
        </div>
        <div className="proposal-filter-buttons">
          <button type="submit" className="primary">
            {t('proposals.filter.apply')}
          </button>
          {hasFilters(initial) && (
            <button type="button" onClick={() => onApply({ status: '', sponsor: '', code: '', words: '' })}>
              {t('proposals.filter.clear')}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}

/** Every proposal the viewer may see, filtered by what the address says, newest first, a page at a time. */
export function ProposalsListPage() {
  const t = useT();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const variables = { ...filterVariables(filters), first: PAGE_SIZE };
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(PROPOSAL_LIST, { variables, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const [loadingMore, setLoadingMore] = useState(false);
  // Anything proposed, submitted, revised or withdrawn may change what this list shows.
  useSubscription(PROPOSAL_EVENTS, { onData: () => void refetch() });
  const shown = data ?? previousData;
  const connection = shown?.proposals;

  async function more() {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          proposals: { ...fetchMoreResult.proposals, edges: [...previous.proposals.edges, ...fetchMoreResult.proposals.edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <PageTitle>{t('proposals.list.title')}</PageTitle>
      <p className="lead">{t('proposals.list.intro')}</p>
      {viewer.state && (
        <p>
          <Link to="/proposals/new" className="button-link">
            {t('proposals.new')}
          </Link>
        </p>
      )}
      <FilterForm key={params.toString()} initial={filters} onApply={(next) => setParams(filtersToParams(next))} />
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {loading && !connection && <Loading />}
      {connection && connection.edges.length === 0 && (
        <div className="notice" role="status">
          {hasFilters(filters) ? (
            <p>{t('proposals.empty.filtered')}</p>
          ) : (
            <p>
              {t('proposals.empty.none')} {viewer.state && t('proposals.empty.draftOne')}
            </p>
          )}
        </div>
      )}
      {connection && connection.edges.length > 0 && (
        <>
          <div className="table-scroll">
            <table className="proposal-table" aria-busy={loading}>
              <caption>{t('proposals.table.caption', { total: connection.totalCount })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('proposals.col.reference')}</th>
                  <th scope="col">{t('proposals.col.title')}</th>
                  <th scope="col">{t('proposals.col.sponsor')}</th>
                  <th scope="col">{t('proposals.col.status')}</th>
                  <th scope="col">{t('proposals.col.revision')}</th>
                  <th scope="col">{t('proposals.col.submitted')}</th>
                  <th scope="col">{t('proposals.col.comments')}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <Link to={`/proposals/${node.id}`}>{node.reference}</Link>
                    </th>
                    <td>{node.revision.title}</td>
                    <td>{node.sponsor.name}</td>
                    <td>
                      <span className={`status status-${node.status.toLowerCase()}`}>{t(`proposals.status.${node.status}`)}</span>
                    </td>
                    <td>{t('proposals.revisionNumber', { number: node.currentRevision })}</td>
                    <td>{node.submittedAt ? <FormattedDate value={node.submittedAt} dateStyle="medium" /> : t('proposals.notSubmitted')}</td>
                    <td>{node.commentCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination shown={connection.edges.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} loading={loadingMore} onMore={() => void more()} />
        </>
      )}
    </>
  );
}
