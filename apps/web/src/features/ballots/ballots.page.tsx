import { useState } from 'react';
import { useQuery, useSubscription } from '@apollo/client/react';
import { Link } from 'react-router';
import type { MessageId } from '../../app/i18n/catalog';
import { useT } from '../../app/i18n/use-t';
import { useViewer } from '../../app/session/session-context';
import type { BallotStatus } from '../../graphql/graphql';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Pagination } from '../../ui/pagination';
import { DateTime, Deadline, PositionBadge } from './ballot-parts';
import { BALLOT_EVENTS, BALLOTS_OVERVIEW } from './ballots.operations';

const PAGE_SIZE = 20;
const FILTERS = ['ALL', 'OPEN', 'CLOSED', 'CANCELLED'] as const;
type Filter = (typeof FILTERS)[number];

/** What awaits my state's position first, then every ballot, filtered by status and paged. */
export function BallotsPage() {
  const t = useT();
  const viewer = useViewer();
  const [filter, setFilter] = useState<Filter>('ALL');
  const [announcement, setAnnouncement] = useState('');
  const variables = {
    delegation: Boolean(viewer.state),
    filter: filter === 'ALL' ? null : { status: filter as BallotStatus },
    first: PAGE_SIZE,
  };
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(BALLOTS_OVERVIEW, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  useSubscription(BALLOT_EVENTS, {
    variables: { proposalId: null },
    onData: () => {
      void refetch();
      setAnnouncement(t('ballots.live.updated'));
    },
  });
  const shown = data ?? previousData;
  const myStateId = viewer.state?.id;

  const more = async () => {
    const endCursor = shown?.ballots.pageInfo.endCursor;
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          ...fetchMoreResult,
          myPendingBallots: previous.myPendingBallots,
          ballots: { ...fetchMoreResult.ballots, edges: [...(previous.ballots?.edges ?? []), ...fetchMoreResult.ballots.edges] },
        }) as typeof fetchMoreResult,
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <PageTitle>{t('ballots.title')}</PageTitle>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {loading && !shown && <Loading />}
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {shown?.myPendingBallots && (
        <section className="card ballots-awaiting" aria-labelledby="ballots-awaiting">
          <h2 id="ballots-awaiting">{t('ballots.awaiting')}</h2>
          {shown.myPendingBallots.length === 0 ? (
            <p>{t('ballots.nothingAwaits')}</p>
          ) : (
            <>
              <p>{t('ballots.awaitingCount', { count: shown.myPendingBallots.length })}</p>
              <ol className="awaiting-list">
                {shown.myPendingBallots.map((ballot) => (
                  <li key={ballot.id}>
                    <Link to={`/ballots/${ballot.id}`}>
                      {ballot.proposal.reference} — {ballot.proposal.revision.title}
                    </Link>{' '}
                    · {t(`ballots.rule.${ballot.rule}` as MessageId)} · <Deadline closesAt={ballot.closesAt} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}
      <section aria-labelledby="ballots-all">
        <h2 id="ballots-all">{t('ballots.all')}</h2>
        <div className="filters">
          <FormField label={t('ballots.filter')}>
            <select value={filter} onChange={(event) => setFilter(event.target.value as Filter)}>
              {FILTERS.map((value) => (
                <option key={value} value={value}>
                  {t(`ballots.filter.${value}` as MessageId)}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        {shown &&
          (shown.ballots.edges.length === 0 ? (
            <p className="empty">{filter === 'ALL' ? t('ballots.noneAtAll') : t('ballots.none')}</p>
          ) : (
            <>
              <div className="table-scroll">
                <table className="ballots-table">
                  <caption>{t('ballots.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('ballots.col.proposal')}</th>
                      <th scope="col">{t('ballots.col.rule')}</th>
                      <th scope="col">{t('ballots.col.closes')}</th>
                      {myStateId && <th scope="col">{t('ballots.col.myPosition')}</th>}
                      <th scope="col">{t('ballots.col.result')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.ballots.edges.map(({ node }) => {
                      const mine = node.positions.find((position) => position.state.id === myStateId);
                      return (
                        <tr key={node.id}>
                          <th scope="row">
                            <Link to={`/proposals/${node.proposal.id}`}>
                              {node.proposal.reference} — {node.proposal.revision.title}
                            </Link>
                            <br />
                            <Link to={`/ballots/${node.id}`} className="secondary-link">
                              {t('ballots.open')}
                              <span className="visually-hidden"> ({node.proposal.reference})</span>
                            </Link>
                          </th>
                          <td>{t(`ballots.rule.${node.rule}` as MessageId)}</td>
                          <td>{node.status === 'OPEN' ? <Deadline closesAt={node.closesAt} /> : <DateTime value={node.closedAt ?? node.closesAt} />}</td>
                          {myStateId && <td>{mine ? <PositionBadge position={mine.position} /> : t('ballots.noPosition')}</td>}
                          <td>
                            {t(`ballots.status.${node.status}` as MessageId)}
                            {node.outcome && <> — <strong>{t(`ballots.outcome.${node.outcome}` as MessageId)}</strong></>}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <Pagination
                shown={shown.ballots.edges.length}
                total={shown.ballots.totalCount}
                hasNextPage={shown.ballots.pageInfo.hasNextPage}
                loading={loadingMore}
                onMore={() => void more()}
              />
            </>
          ))}
      </section>
    </>
  );
}
