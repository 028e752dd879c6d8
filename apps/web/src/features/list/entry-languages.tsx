import { useId, useState } from 'react';
import { useLocale } from '../../app/i18n/locale-provider';
import { useT } from '../../app/i18n/use-t';
import { paragraphNumber } from './legal-text';

export interface LanguageTextView {
  language: string;
  text: string;
  status: 'AUTHENTIC' | 'TRANSLATION' | 'MACHINE';
  stale: boolean;
  recordedBy?: string | null;
}

interface AlignedParagraph {
  position: number;
  path: string;
  kind: string;
  text: string;
  texts: readonly LanguageTextView[];
}

interface Props {
  code: string;
  heading: string;
  headingTexts: readonly LanguageTextView[];
  paragraphs: readonly AlignedParagraph[];
  /** The release's authentic languages, `en` first. */
  authenticLanguages: readonly string[];
}

/** Every language the entry has any text in, authentic ones first; the UI language leads when it has texts. */
function languagesOf({ headingTexts, paragraphs, authenticLanguages }: Props): string[] {
  const found = new Set([...headingTexts, ...paragraphs.flatMap((p) => p.texts)].map((text) => text.language));
  const authentic = authenticLanguages.filter((language) => found.has(language));
  return [...authentic, ...[...found].filter((language) => !authentic.includes(language)).sort()];
}

/**
 * The entry in English beside a second language, paragraph by paragraph in one table so that each row aligns: the
 * status of every text (authentic, a delegation's translation, a machine's) and its staleness are said in words,
 * never by colour alone.
 */
export function EntryLanguages(props: Props) {
  const t = useT();
  const { locale } = useLocale();
  const languages = languagesOf(props);
  const [chosen, setChosen] = useState<string | null>(null);
  const selectId = useId();
  if (languages.length === 0) return null;
  const language = chosen && languages.includes(chosen) ? chosen : languages.includes(locale) ? locale : languages[0];
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const nameOf = (code: string) => names.of(code) ?? code;
  const rows = [
    { key: 'heading', label: t('list.languages.heading'), english: props.heading, texts: props.headingTexts },
    ...[...props.paragraphs]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({
        key: String(p.position),
        label: p.kind === 'ITEM' ? paragraphNumber(p.path) : t(`list.paragraph.${p.kind as 'NOTE'}`, { path: paragraphNumber(p.path) }),
        english: p.text,
        texts: p.texts,
      })),
  ];

  return (
    <section aria-labelledby="entry-languages">
      <h2 id="entry-languages">{t('list.languages.title')}</h2>
      <p>{t('list.languages.intro')}</p>
      <p className="field">
        <label htmlFor={selectId}>{t('list.languages.second')}</label>{' '}
        <select id={selectId} value={language} onChange={(event) => setChosen(event.target.value)}>
          {languages.map((code) => (
            <option key={code} value={code}>
              {props.authenticLanguages.includes(code) ? t('list.languages.optionAuthentic', { language: nameOf(code) }) : nameOf(code)}
            </option>
          ))}
        </select>
      </p>
      <table className="side-by-side">
        <caption>{t('list.languages.caption', { code: props.code, language: nameOf(language) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.languages.paragraph')}</th>
            <th scope="col" lang="en">
              {nameOf('en')} <span className="status">{t('list.languages.status.AUTHENTIC')}</span>
            </th>
            <th scope="col">{nameOf(language)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const texts = row.texts.filter((text) => text.language === language);
            return (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td lang="en">{row.english}</td>
                <td>
                  {texts.length === 0 ? (
                    <span className="muted">{t('list.languages.none')}</span>
                  ) : (
                    texts.map((text, index) => (
                      <div key={index} className={`language-text language-text-${text.status.toLowerCase()}${text.stale ? ' language-text-stale' : ''}`}>
                        <p className="language-text-labels">
                          <span className="status">
                            {text.status === 'AUTHENTIC' ? t('list.languages.status.AUTHENTIC') : t(`list.languages.status.${text.status}`, { state: text.recordedBy ?? '' })}
                          </span>
                          {text.stale && <strong className="stale-badge"> {t('list.languages.stale')}</strong>}
                        </p>
                        <p lang={text.language}>{text.text}</p>
                      </div>
                    ))
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
