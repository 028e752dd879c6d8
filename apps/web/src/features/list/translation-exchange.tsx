import { FormEvent, useId, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useLocale } from '../../app/i18n/locale-provider';
import { useT } from '../../app/i18n/use-t';
import { useViewer } from '../../app/session/session-context';
import type { ImportTranslationsMutation, XliffFormat } from '../../graphql/graphql';
import { saveBlob } from '../../ui/download';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { IMPORT_TRANSLATIONS, TRANSLATION_EXCHANGE } from './translation-exchange.operations';

const FORMATS: { format: XliffFormat; label: '2.1' | '1.2' }[] = [
  { format: 'XLIFF_2_1', label: '2.1' },
  { format: 'XLIFF_1_2', label: '1.2' },
];
// The UI's own languages, then any other the release is authentic in: what a delegation translates into.
const UI_LANGUAGES = ['fr', 'ja'];

interface Props {
  version: string;
  /** The release's authentic languages, `en` first. */
  authenticLanguages: readonly string[];
}

/** On a release's page: XLIFF files for translators in CAT tools, and for a delegation, the upload of a translated one. */
export function TranslationExchange({ version, authenticLanguages }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const viewer = useViewer();
  const client = useApolloClient();
  const [failed, setFailed] = useState<unknown>(null);
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const languages = [...new Set([...UI_LANGUAGES, ...authenticLanguages.filter((language) => language !== 'en')])];
  const download = async (language: string, format: XliffFormat) => {
    setFailed(null);
    try {
      const { data } = await client.query({ query: TRANSLATION_EXCHANGE, variables: { input: { version, language, xliffVersion: format } }, fetchPolicy: 'network-only' });
      if (data) saveBlob(new Blob([data.translationExchange.xliff], { type: 'application/xliff+xml;charset=utf-8' }), data.translationExchange.fileName);
    } catch (error) {
      setFailed(error);
    }
  };
  return (
    <section aria-labelledby="translation-exchange" className="translation-exchange">
      <h2 id="translation-exchange">{t('list.xliff.title')}</h2>
      <p>{t('list.xliff.intro')}</p>
      <table>
        <caption className="visually-hidden">{t('list.xliff.downloadsCaption', { version })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.xliff.language')}</th>
            <th scope="col">{t('list.xliff.files')}</th>
          </tr>
        </thead>
        <tbody>
          {languages.map((language) => (
            <tr key={language}>
              <th scope="row">{names.of(language) ?? language}</th>
              <td className="action-row">
                {FORMATS.map(({ format, label }) => (
                  <button key={format} type="button" onClick={() => void download(language, format)}>
                    {t('list.xliff.download', { version: label, language: names.of(language) ?? language })}
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorNotice error={failed} />
      {viewer.state && <TranslationUpload version={version} languages={languages} state={viewer.state.code} />}
    </section>
  );
}

type Report = ImportTranslationsMutation['importTranslations'];

function TranslationUpload({ version, languages, state }: { version: string; languages: string[]; state: string }) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const [language, setLanguage] = useState(languages.includes(locale) ? locale : languages[0]);
  const [file, setFile] = useState<File | null>(null);
  const [machine, setMachine] = useState(false);
  const [dryRun, setDryRun] = useState(true);
  const [missingFile, setMissingFile] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [send, { loading, error, reset }] = useMutation(IMPORT_TRANSLATIONS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setReport(null);
    reset();
    setMissingFile(!file);
    if (!file) return;
    try {
      const { data } = await send({ variables: { input: { version, language, xliff: await file.text(), status: machine ? 'MACHINE' : 'TRANSLATION', dryRun } } });
      if (data) setReport(data.importTranslations);
    } catch {
      // Shown below through the mutation's error.
    }
  };

  return (
    <form className="card translation-upload" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('list.xliff.uploadTitle', { state })}</h3>
      <p>{t('list.xliff.uploadIntro')}</p>
      <FormField label={t('list.xliff.file')} problems={missingFile ? [{ field: 'xliff', message: t('list.xliff.fileMissing') }] : []}>
        <input type="file" accept=".xlf,.xliff,.xml" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </FormField>
      <FormField label={t('list.xliff.targetLanguage')}>
        <select value={language} onChange={(event) => setLanguage(event.target.value)}>
          {languages.map((code) => (
            <option key={code} value={code}>
              {names.of(code) ?? code}
            </option>
          ))}
        </select>
      </FormField>
      <p className="field">
        <label>
          <input type="checkbox" checked={machine} onChange={(event) => setMachine(event.target.checked)} /> {t('list.xliff.machine')}
        </label>
      </p>
      <p className="field">
        <label>
          <input type="checkbox" checked={dryRun} onChange={(event) => setDryRun(event.target.checked)} /> {t('list.xliff.dryRun')}
        </label>
      </p>
      <p className="action-row">
        <button type="submit" disabled={loading}>
          {dryRun ? t('list.xliff.check') : t('list.xliff.import')}
        </button>
      </p>
      <ErrorNotice error={error} />
      <div role="status">{report && <ImportReport report={report} />}</div>
    </form>
  );
}

function ImportReport({ report }: { report: Report }) {
  const t = useT();
  return (
    <div className="translation-report">
      <p>
        {report.dryRun
          ? t('list.xliff.resultDry', { read: report.read, written: report.written, rejected: report.rejected })
          : t('list.xliff.result', { read: report.read, written: report.written, rejected: report.rejected })}
      </p>
      {report.defects.length === 0 ? (
        <p>{t('list.xliff.noDefects')}</p>
      ) : (
        <table>
          <caption>{t('list.xliff.defectsCaption', { count: report.defects.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.xliff.defect.kind')}</th>
              <th scope="col">{t('list.xliff.defect.location')}</th>
              <th scope="col">{t('list.xliff.defect.message')}</th>
              <th scope="col">{t('list.xliff.defect.rejected')}</th>
            </tr>
          </thead>
          <tbody>
            {report.defects.map((defect, index) => (
              <tr key={index}>
                <th scope="row">
                  <code>{defect.kind}</code>
                </th>
                <td>{defect.location}</td>
                <td lang="en">{defect.message}</td>
                <td>{t(`list.xliff.rejected.${defect.rejected}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
