import { useQuery } from '@apollo/client/react';
import { FormattedDate } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { ReleaseFiles } from '../releases/release-files';
import { useScrollToHash } from '../releases/use-scroll-to-hash';
import { LIST_RELEASES, RELEASE_PAGE } from './list.operations';
import { TranslationExchange } from './translation-exchange';

/** One release: its facts, its digest and what it changed against the release before it. */
export function ReleasePage() {
  const t = useT();
  const { version = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(RELEASE_PAGE, { variables: { version } });
  const releases = useQuery(LIST_RELEASES).data?.releases.edges.map((edge) => edge.node) ?? [];
  const index = releases.findIndex((r) => r.version === version);
  const previous = index >= 0 ? releases[index + 1]?.version : undefined;
  const release = data?.release;
  useScrollToHash(!!release);
  return (
    <>
      <PageTitle>{t('list.releasePage.title', { version })}</PageTitle>
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {loading && !data && <Loading />}
      {release && (
        <>
          <dl className="facts">
            <dt>{t('list.releasePage.status')}</dt>
            <dd>
              <span className="status">{t(`list.releaseStatus.${release.status}`)}</span>
            </dd>
            <dt>{t('list.releasePage.source')}</dt>
            <dd>{t(`list.releaseSource.${release.source}`)}</dd>
            <dt>{t('list.releasePage.published')}</dt>
            <dd>{release.publishedAt ? <FormattedDate value={release.publishedAt} dateStyle="long" timeStyle="short" /> : '—'}</dd>
            <dt>{t('list.releasePage.effective')}</dt>
            <dd>{release.effectiveFrom ? <FormattedDate value={release.effectiveFrom} dateStyle="long" timeZone="UTC" /> : '—'}</dd>
            <dt>{t('list.releasePage.entries')}</dt>
            <dd>{release.entryCount}</dd>
            <dt>{t('list.releasePage.digest')}</dt>
            <dd>
              <code className="digest">{release.digest ?? '—'}</code>
            </dd>
          </dl>
          <p className="list-links">
            <Link to={release.status === 'PUBLISHED' ? '/list' : `/list?release=${release.version}`}>{t('list.releasePage.browse', { version: release.version })}</Link>
            {previous && (
              <>
                {' · '}
                <Link to={`/releases/compare?from=${previous}&to=${release.version}`}>{t('list.releasePage.compare', { previous })}</Link>
              </>
            )}
          </p>
          <ReleaseFiles version={release.version} />
          <TranslationExchange version={release.version} authenticLanguages={release.authenticLanguages} />
          <section aria-labelledby="release-changes">
            <h2 id="release-changes">{t('list.releasePage.changes', { count: release.changes.length })}</h2>
            {release.changes.length === 0 ? (
              <p>{t('list.releasePage.noChanges')}</p>
            ) : (
              <table>
                <caption className="visually-hidden">{t('list.releasePage.changesCaption', { version: release.version })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('list.releasePage.what')}</th>
                    <th scope="col">{t('list.entry.change')}</th>
                    <th scope="col">{t('list.entry.proposal')}</th>
                  </tr>
                </thead>
                <tbody>
                  {release.changes.map((change) => (
                    <tr key={`${change.subject} ${change.code ?? change.term}`}>
                      <th scope="row">
                        {change.code ? (
                          <Link to={`/list/entries/${change.code}?release=${release.version}`}>{change.code}</Link>
                        ) : (
                          t('list.compare.definition', { term: change.term ?? '' })
                        )}
                      </th>
                      <td>{t(`list.change.${change.kind}`)}</td>
                      <td>{change.proposals.length ? change.proposals.join(', ') : t('list.entry.noProposal')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </>
  );
}
