import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { useViewer } from '../../app/session/session-context';
import type { ImplementationMatrixQuery } from '../../graphql/graphql';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Pagination } from '../../ui/pagination';
import { LegalDate } from './legal-date';
import { StatusBadge } from './implementation-status';
import { IMPLEMENTATION_MATRIX } from './implementation.operations';

const PAGE_SIZE = 10;

type Matrix = ImplementationMatrixQuery['implementationMatrix'];
type Cell = Matrix['rows'][number]['cells'][number];

/** States down, releases across (newest first): a state's row reads as its history of transposition. */
export function ImplementationMatrixPage() {
  const t = useT();
  const viewer = useViewer();
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(IMPLEMENTATION_MATRIX, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const matrix = (data ?? previousData)?.implementationMatrix;

  const more = async () => {
    if (!matrix?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: matrix.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          implementationMatrix: { ...fetchMoreResult.implementationMatrix, rows: [...previous.implementationMatrix.rows, ...fetchMoreResult.implementationMatrix.rows] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <PageTitle>{t('implementation.title')}</PageTitle>
      <p>{t('implementation.intro')}</p>
      {loading && !matrix && <Loading />}
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {matrix &&
        (matrix.rows.length === 0 ? (
          <p className="empty">{t('implementation.noReleases')}</p>
        ) : (
          <>
            <div className="table-scroll">
              <table className="implementation-matrix">
                <caption>{t('implementation.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('implementation.col.state')}</th>
                    {matrix.rows.map((row) => (
                      <th scope="col" key={row.release.version}>
                        {t('implementation.col.release', { version: row.release.version })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {matrix.states.map((state, column) => {
                    const mine = state.id === viewer.state?.id;
                    return (
                      <tr key={state.id} className={mine ? 'implementation-mine' : undefined}>
                        <th scope="row">
                          {state.name} <span className="muted">({state.code})</span>
                          {mine && <span className="badge">{t('implementation.yourState')}</span>}
                        </th>
                        {matrix.rows.map((row) => (
                          <td key={row.release.version}>
                            <MatrixCell cell={row.cells[column]} version={row.release.version} state={state} mine={mine} />
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <Pagination shown={matrix.rows.length} total={matrix.totalCount} hasNextPage={matrix.pageInfo.hasNextPage} loading={loadingMore} onMore={() => void more()} />
          </>
        ))}
    </>
  );
}

function MatrixCell({ cell, version, state, mine }: { cell: Cell; version: string; state: Matrix['states'][number]; mine: boolean }) {
  const t = useT();
  const detail = `/implementation/${encodeURIComponent(version)}/${state.code}`;
  const context = <span className="visually-hidden"> ({t('implementation.cellContext', { state: state.name, version })})</span>;
  return (
    <div className="implementation-cell">
      <StatusBadge status={cell.status} />
      {cell.legalReference && <span className="implementation-reference">{cell.legalReference}</span>}
      {cell.entryIntoForce && (
        <span>
          {t('implementation.inForceFrom')} <LegalDate value={cell.entryIntoForce} />
        </span>
      )}
      {cell.deviationCount > 0 && (
        <Link to={detail}>
          {t('implementation.deviationCount', { count: cell.deviationCount })}
          {context}
        </Link>
      )}
      {mine ? (
        <Link to={detail} className="secondary-link">
          {cell.revision === 0 ? t('implementation.record') : t('implementation.update')}
          {context}
        </Link>
      ) : (
        cell.status !== 'NOT_STARTED' &&
        cell.deviationCount === 0 && (
          <Link to={detail} className="secondary-link">
            {t('implementation.details')}
            {context}
          </Link>
        )
      )}
    </div>
  );
}
