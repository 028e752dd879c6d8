import { useT } from '../../app/i18n/use-t';
import type { MessageId } from '../../app/i18n/catalog';
import { paragraphClass } from '../../ui/paragraph-layout';
import { paragraphNumber, splitQuotedTerms, termAnchor } from './legal-text';

/** Text whose quoted defined terms link to their place in the page's definition list. */
export function LinkedText({ text, isTerm }: { text: string; isTerm: (term: string) => boolean }) {
  return (
    <>
      {splitQuotedTerms(text, isTerm).map((part, index) =>
        part.kind === 'term' ? (
          <a key={index} href={`#${termAnchor(part.term)}`} className="defined-term">
            {part.text}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

export interface LegalParagraph {
  position: number;
  path: string;
  kind: string;
  text: string;
}

const KIND_LABEL: Record<string, MessageId> = {
  NOTE: 'list.paragraph.NOTE',
  TECHNICAL_NOTE: 'list.paragraph.TECHNICAL_NOTE',
  DECONTROL_NOTE: 'list.paragraph.DECONTROL_NOTE',
  NB: 'list.paragraph.NB',
};

/**
 * An entry's paragraphs as the legal text sets them: in position order, items numbered and indented by their path,
 * notes, technical notes and decontrol notes labelled and indented one level under the paragraph they belong to.
 */
export function LegalText({ paragraphs, isTerm }: { paragraphs: readonly LegalParagraph[]; isTerm: (term: string) => boolean }) {
  const t = useT();
  const ordered = [...paragraphs].sort((a, b) => a.position - b.position);
  return (
    <ol className="legal-text" aria-label={t('list.entry.paragraphs')}>
      {ordered.map((paragraph) => {
        const label = KIND_LABEL[paragraph.kind];
        return (
          <li key={paragraph.position} className={paragraphClass(paragraph.path, paragraph.kind)} data-path={paragraph.path}>
            {label ? (
              <span className="paragraph-label">{t(label, { path: paragraphNumber(paragraph.path) })}</span>
            ) : (
              <span className="paragraph-path">{paragraphNumber(paragraph.path)}.</span>
            )}{' '}
            <LinkedText text={paragraph.text} isTerm={isTerm} />
          </li>
        );
      })}
    </ol>
  );
}
