import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { FormattedDate } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { LegalText, LinkedText } from '../list/legal-text-view';
import { termAnchor, termKey } from '../list/legal-text';
import { fetchAllEntries, ReleaseEntry } from './fetch-entries';
import { RELEASE_PRINT } from './releases.operations';

type Entries = { state: 'loading'; done: number; total: number } | { state: 'ready'; entries: ReleaseEntry[] } | { state: 'failed'; error: unknown };

/**
 * A release laid out as the legal text, for the browser's print or save as PDF: title, version, date and digest,
 * the definitions, then every entry with its numbered, indented paragraphs. The print style sheet drops the app's frame.
 */
export function ReleasePrintPage() {
  const t = useT();
  const client = useApolloClient();
  const { version = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(RELEASE_PRINT, { variables: { version } });
  const [entries, setEntries] = useState<Entries>({ state: 'loading', done: 0, total: 0 });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setEntries({ state: 'loading', done: 0, total: 0 });
    fetchAllEntries(client, version, (done, total) => current && setEntries({ state: 'loading', done, total })).then(
      (all) => current && setEntries({ state: 'ready', entries: all }),
      (failure: unknown) => current && setEntries({ state: 'failed', error: failure }),
    );
    return () => {
      current = false;
    };
  }, [client, version, attempt]);
  const release = data?.release;
  const known = new Set((release?.definitions ?? []).map((d) => termKey(d.term)));
  const isTerm = (term: string) => known.has(termKey(term));
  return (
    <article className="release-print">
      <PageTitle>{t('releases.print.title', { version })}</PageTitle>
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {loading && !data && <Loading />}
      {release && (
        <>
          <div className="no-print">
            <p className="hint">{t('releases.print.hint')}</p>
            <div className="action-row">
              <button type="button" onClick={() => window.print()} disabled={entries.state !== 'ready'}>
                {t('releases.print.print')}
              </button>
              <Link to={`/releases/${release.version}`}>{t('releases.print.back', { version: release.version })}</Link>
            </div>
          </div>
          <dl className="facts">
            <dt>{t('releases.print.version')}</dt>
            <dd>{release.version}</dd>
            <dt>{t('releases.print.effective')}</dt>
            <dd>{release.effectiveFrom ? <FormattedDate value={release.effectiveFrom} dateStyle="long" timeZone="UTC" /> : t('releases.none')}</dd>
            <dt>{t('releases.print.digest')}</dt>
            <dd>
              <code className="digest">{release.digest ?? t('releases.none')}</code>
            </dd>
            <dt>{t('releases.print.entries')}</dt>
            <dd>{release.entryCount}</dd>
          </dl>
          <section aria-labelledby="print-definitions" className="print-definitions">
            <h2 id="print-definitions">{t('releases.print.definitions')}</h2>
            {release.definitions.length === 0 ? (
              <p>{t('releases.print.noDefinitions')}</p>
            ) : (
              <dl>
                {release.definitions.map((definition) => (
                  <div key={definition.term} id={termAnchor(definition.term)} className="definition">
                    <dt>“{definition.term}”</dt>
                    <dd>
                      <LinkedText text={definition.text} isTerm={isTerm} />
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        </>
      )}
      {entries.state === 'loading' && (
        <p role="status" className="no-print">
          {t('releases.print.loading', { done: entries.done, total: entries.total })}
        </p>
      )}
      {entries.state === 'failed' && <ErrorNotice error={entries.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {entries.state === 'ready' && (
        <section aria-label={t('releases.print.entryList', { version })} className="print-entries">
          {entries.entries.map((entry) => (
            <section key={entry.code} className="print-entry" aria-labelledby={`print-${entry.code}`}>
              <h2 id={`print-${entry.code}`} className="print-entry-heading">
                <span className="print-entry-code">{entry.code}</span> <LinkedText text={entry.heading} isTerm={isTerm} />
              </h2>
              <LegalText paragraphs={entry.paragraphs} isTerm={isTerm} />
            </section>
          ))}
        </section>
      )}
    </article>
  );
}
