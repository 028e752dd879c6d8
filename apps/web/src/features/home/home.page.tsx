import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { FormattedDate } from 'react-intl';
import { useT } from '../../app/i18n/use-t';
import { useViewer } from '../../app/session/session-context';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { OVERVIEW } from './home.operations';

/** Where a delegate's day starts: the list in force, what awaits the state's position, drafts, what is in process. */
export function HomePage() {
  const t = useT();
  const viewer = useViewer();
  const { data, error, loading, refetch } = useQuery(OVERVIEW, { variables: { delegation: Boolean(viewer.state) }, fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageTitle>{t('home.title', { state: viewer.state?.name ?? t('app.role.SECRETARIAT') })}</PageTitle>
      <p className="lead">{t('app.tagline')}</p>
      {loading && !data && <Loading />}
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {data && (
        <div className="cards">
          <section className="card" aria-labelledby="home-release">
            <h2 id="home-release">{t('home.release')}</h2>
            {data.latestRelease ? (
              <p>
                <Link to={`/releases/${data.latestRelease.version}`}>{t('home.releaseVersion', { version: data.latestRelease.version })}</Link>{' '}
                {t('home.releaseEntries', { count: data.latestRelease.entryCount })}
                {data.latestRelease.effectiveFrom && (
                  <> · {t('home.effectiveFrom')} <FormattedDate value={data.latestRelease.effectiveFrom} dateStyle="long" /></>
                )}
              </p>
            ) : (
              <p>{t('home.noRelease')}</p>
            )}
            <p>
              <Link to="/list">{t('home.browseList')}</Link>
            </p>
          </section>
          {data.myPendingBallots && (
          <section className="card" aria-labelledby="home-ballots">
            <h2 id="home-ballots">{t('home.awaiting')}</h2>
            {data.myPendingBallots.length === 0 ? (
              <p>{t('home.nothingAwaits')}</p>
            ) : (
              <ul>
                {data.myPendingBallots.map((ballot) => (
                  <li key={ballot.id}>
                    <Link to={`/ballots/${ballot.id}`}>
                      {ballot.proposal.reference} — {ballot.proposal.revision.title}
                    </Link>{' '}
                    <span className="deadline">
                      {t('home.closes')} <FormattedDate value={ballot.closesAt} dateStyle="medium" timeStyle="short" />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          )}
          <section className="card" aria-labelledby="home-drafts">
            <h2 id="home-drafts">{t('home.drafts', { count: data.drafts.totalCount })}</h2>
            {data.drafts.edges.length === 0 ? (
              <p>{t('home.noDrafts')}</p>
            ) : (
              <ul>
                {data.drafts.edges.map(({ node }) => (
                  <li key={node.id}>
                    <Link to={`/proposals/${node.id}`}>{node.reference} — {node.revision.title}</Link>
                  </li>
                ))}
              </ul>
            )}
            {viewer.state && (
              <p>
                <Link to="/proposals/new">{t('home.newProposal')}</Link>
              </p>
            )}
          </section>
          <section className="card" aria-labelledby="home-process">
            <h2 id="home-process">{t('home.inProcess', { count: data.inProcess.totalCount })}</h2>
            <ul>
              {data.inProcess.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link to={`/proposals/${node.id}`}>{node.reference} — {node.revision.title}</Link> ({node.sponsor.code})
                </li>
              ))}
            </ul>
            <p>
              <Link to="/proposals">{t('home.allProposals')}</Link>
            </p>
          </section>
        </div>
      )}
    </>
  );
}
