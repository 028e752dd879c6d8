import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import type { PublishReleaseMutation } from '../../graphql/graphql';
import { downloadReleaseFile } from '../../ui/download';
import { ErrorNotice } from '../../ui/error-notice';

type Published = PublishReleaseMutation['publishRelease'];

export function PublishedRelease({ release }: { release: Published }) {
  const t = useT();
  const [failed, setFailed] = useState<unknown>(null);
  const fetchFile = (file: string) => void downloadReleaseFile(file).catch(setFailed);
  return (
    <section className="notice" role="status" aria-labelledby="published">
      <h2 id="published">{t('secretariat.release.published', { version: release.version })}</h2>
      <dl className="facts">
        <dt>{t('secretariat.release.digest')}</dt>
        <dd>
          <code>{release.digest}</code>
        </dd>
        <dt>{t('secretariat.release.key')}</dt>
        <dd>
          <code>{release.signature ? `${release.signature.algorithm} ${release.signature.keyId}` : '—'}</code>
        </dd>
      </dl>
      <div className="action-row">
        <button type="button" onClick={() => fetchFile(`${release.version}.json`)}>
          {t('secretariat.release.downloadDocument')}
        </button>
        <button type="button" onClick={() => fetchFile(`${release.version}.sig`)}>
          {t('secretariat.release.downloadSignature')}
        </button>
        <Link to={`/releases/${release.version}`}>{t('secretariat.release.open', { version: release.version })}</Link>
      </div>
      <ErrorNotice error={failed} />
    </section>
  );
}
