import { useQuery } from '@apollo/client/react';
import { FormattedDate } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Pagination } from '../../ui/pagination';
import { RELEASES_PAGE } from './releases.operations';

const PAGE = 20;
const SHORT = 12;

/** Every release, newest first: what a licensing officer checks before pulling one. */
export function ReleasesPage() {
  const t = useT();
  const { data, error, loading, refetch, fetchMore } = useQuery(RELEASES_PAGE, { variables: { first: PAGE }, notifyOnNetworkStatusChange: true });
  const connection = data?.releases;
  const releases = connection?.edges.map((edge) => edge.node) ?? [];
  const newest = releases[0]?.version;
  return (
    <>
      <PageTitle>{t('releases.title')}</PageTitle>
      <p>{t('releases.intro')}</p>
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {loading && !data && <Loading />}
      {connection && releases.length === 0 && <p>{t('releases.empty')}</p>}
      {connection && releases.length > 0 && (
        <>
          <div className="table-scroll">
            <table className="releases-table">
              <caption>{t('releases.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('releases.version')}</th>
                  <th scope="col">{t('releases.status')}</th>
                  <th scope="col">{t('releases.published')}</th>
                  <th scope="col">{t('releases.effective')}</th>
                  <th scope="col">{t('releases.digest')}</th>
                  <th scope="col">{t('releases.key')}</th>
                  <th scope="col">{t('releases.entries')}</th>
                  <th scope="col">{t('releases.links')}</th>
                </tr>
              </thead>
              <tbody>
                {releases.map((release, index) => {
                  const previous = releases[index + 1]?.version;
                  const compare = previous
                    ? { from: previous, to: release.version, other: previous }
                    : newest && newest !== release.version
                      ? { from: release.version, to: newest, other: newest }
                      : null;
                  return (
                    <tr key={release.version}>
                      <th scope="row">
                        <Link to={`/releases/${release.version}`} aria-label={t('releases.open', { version: release.version })}>
                          {release.version}
                        </Link>
                      </th>
                      <td>
                        <span className={`status release-status-${release.status.toLowerCase()}`}>{t(`releases.status.${release.status}`)}</span>
                      </td>
                      <td>{release.publishedAt ? <FormattedDate value={release.publishedAt} dateStyle="medium" timeStyle="short" /> : t('releases.none')}</td>
                      <td>{release.effectiveFrom ? <FormattedDate value={release.effectiveFrom} dateStyle="medium" timeZone="UTC" /> : t('releases.none')}</td>
                      <td>
                        {release.digest ? (
                          <details className="digest-disclosure">
                            <summary>
                              <code title={release.digest}>{release.digest.slice(0, SHORT)}…</code>
                              <span className="visually-hidden">{t('releases.digestFull', { version: release.version })}</span>
                            </summary>
                            <code className="digest">{release.digest}</code>
                          </details>
                        ) : (
                          t('releases.none')
                        )}
                      </td>
                      <td>
                        {release.signature ? (
                          <code>
                            {release.signature.algorithm} {release.signature.keyId}
                          </code>
                        ) : (
                          t('releases.unsigned')
                        )}
                      </td>
                      <td>{release.entryCount}</td>
                      <td>
                        <ul className="release-links">
                          <li>
                            <Link to={`/releases/${release.version}#release-changes`}>{t('releases.changelog', { version: release.version })}</Link>
                          </li>
                          {compare && (
                            <li>
                              <Link to={`/releases/compare?from=${compare.from}&to=${compare.to}`}>{t('releases.compareWith', { version: release.version, other: compare.other })}</Link>
                            </li>
                          )}
                        </ul>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pagination
            shown={releases.length}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={loading}
            onMore={() =>
              void fetchMore({
                variables: { after: connection.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  releases: { ...fetchMoreResult.releases, edges: [...(previous.releases?.edges ?? []), ...fetchMoreResult.releases.edges] },
                }),
              })
            }
          />
        </>
      )}
    </>
  );
}
