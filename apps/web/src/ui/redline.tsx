import { ReactNode } from 'react';
import { useLocale } from '../app/i18n/locale-provider';
import { useT } from '../app/i18n/use-t';
import { paragraphClass } from './paragraph-layout';

export interface Segment {
  kind: 'EQUAL' | 'INSERTED' | 'DELETED';
  text: string;
}

export interface RedlineParagraph {
  path: string;
  kind: string;
  change: 'ADDED' | 'CHANGED' | 'REMOVED' | 'UNCHANGED';
  segments: Segment[];
  /** The paragraph's authentic texts in other languages, each redlined on its own. */
  texts?: { language: string; change: RedlineParagraph['change']; segments: Segment[] }[];
}

export interface RedlineField {
  field: string;
  change: 'ADDED' | 'CHANGED' | 'REMOVED' | 'UNCHANGED';
  segments: Segment[];
}

/**
 * Inserted and deleted words as <ins> and <del>, each wrapped in words that screen readers speak (most announce
 * neither element), so the redline reads the same heard as seen.
 */
export function Segments({ segments }: { segments: Segment[] }) {
  const t = useT();
  return (
    <>
      {segments.map((segment, index) => {
        if (segment.kind === 'EQUAL') return <span key={index}>{segment.text}</span>;
        const Mark = segment.kind === 'INSERTED' ? 'ins' : 'del';
        const [start, end] = segment.kind === 'INSERTED' ? ['ui.insertedStart', 'ui.insertedEnd'] as const : ['ui.deletedStart', 'ui.deletedEnd'] as const;
        return (
          <Mark key={index}>
            <span className="visually-hidden">{t(start)}</span>
            {segment.text}
            <span className="visually-hidden">{t(end)}</span>
          </Mark>
        );
      })}
    </>
  );
}

interface RedlineProps {
  fields: RedlineField[];
  paragraphs: RedlineParagraph[];
  /** Shown after each paragraph, e.g. a button that starts a comment anchored to it. */
  paragraphAction?: (paragraph: RedlineParagraph) => ReactNode;
}

const FIELD_NAMES = ['code', 'heading', 'status', 'reasons', 'relatedControls', 'definitions', 'correlations', 'term', 'text'] as const;
const isKnownField = (field: string): field is (typeof FIELD_NAMES)[number] => (FIELD_NAMES as readonly string[]).includes(field);

export function Redline({ fields, paragraphs, paragraphAction }: RedlineProps) {
  const t = useT();
  const { locale } = useLocale();
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const changedFields = fields.filter((field) => field.change !== 'UNCHANGED');
  return (
    <div className="redline">
      {changedFields.length > 0 && (
        <dl className="redline-fields">
          {changedFields.map((field) => (
            <div key={field.field}>
              <dt>{isKnownField(field.field) ? t(`ui.field.${field.field}`) : field.field}</dt>
              <dd>
                <Segments segments={field.segments} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      <ol className="redline-paragraphs" aria-label={t('ui.paragraphs')}>
        {paragraphs.map((paragraph) => (
          <li key={`${paragraph.path}:${paragraph.kind}`} className={`${paragraphClass(paragraph.path, paragraph.kind)} change-${paragraph.change.toLowerCase()}`}>
            <span className="paragraph-path">{paragraph.path}</span> <Segments segments={paragraph.segments} />
            {paragraph.texts
              ?.filter((text) => text.change !== 'UNCHANGED')
              .map((text) => (
                <p key={text.language} className="redline-language">
                  <span className="status">{t('ui.redline.language', { language: names.of(text.language) ?? text.language })}</span>{' '}
                  <span lang={text.language}>
                    <Segments segments={text.segments} />
                  </span>
                </p>
              ))}
            {paragraphAction?.(paragraph)}
          </li>
        ))}
      </ol>
    </div>
  );
}
