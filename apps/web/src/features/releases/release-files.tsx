import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { downloadReleaseFile, saveBlob } from '../../ui/download';
import { ErrorNotice } from '../../ui/error-notice';
import { fetchAllEntries } from './fetch-entries';
import { buildReleaseCsv } from './release-csv';

type Export = { state: 'idle' } | { state: 'fetching'; done: number; total: number } | { state: 'done'; total: number; file: string };

/** On a release's page: its signed document and signature, a CSV built here from its entries, and a printable page. */
export function ReleaseFiles({ version }: { version: string }) {
  const t = useT();
  const client = useApolloClient();
  const [failed, setFailed] = useState<unknown>(null);
  const [progress, setProgress] = useState<Export>({ state: 'idle' });
  const fetchFile = (file: string) => {
    setFailed(null);
    void downloadReleaseFile(file).catch(setFailed);
  };
  const exportCsv = async () => {
    setFailed(null);
    setProgress({ state: 'fetching', done: 0, total: 0 });
    try {
      const entries = await fetchAllEntries(client, version, (done, total) => setProgress({ state: 'fetching', done, total }));
      const file = `concord-${version}.csv`;
      saveBlob(new Blob([buildReleaseCsv(entries)], { type: 'text/csv;charset=utf-8' }), file);
      setProgress({ state: 'done', total: entries.length, file });
    } catch (error) {
      setProgress({ state: 'idle' });
      setFailed(error);
    }
  };
  return (
    <section aria-labelledby="release-files" className="release-files">
      <h2 id="release-files">{t('releases.files.title')}</h2>
      <div className="action-row">
        <button type="button" onClick={() => fetchFile(`${version}.json`)} aria-describedby="release-document-hint">
          {t('releases.files.document')}
        </button>
        <button type="button" onClick={() => fetchFile(`${version}.sig`)}>
          {t('releases.files.signature')}
        </button>
      </div>
      <p id="release-document-hint" className="hint">
        {t('releases.files.documentHint')}
      </p>
      <div className="action-row">
        <button type="button" onClick={() => void exportCsv()} disabled={progress.state === 'fetching'} aria-describedby="release-csv-hint">
          {t('releases.files.csv')}
        </button>
        <Link to={`/releases/${version}/print`}>{t('releases.files.print')}</Link>
      </div>
      <p id="release-csv-hint" className="hint">
        {t('releases.files.csvHint')}
      </p>
      <p role="status" className="export-progress">
        {progress.state === 'fetching' && t('releases.files.csvProgress', { done: progress.done, total: progress.total })}
        {progress.state === 'done' && t('releases.files.csvDone', { total: progress.total, file: progress.file })}
      </p>
      <ErrorNotice error={failed} />
    </section>
  );
}
