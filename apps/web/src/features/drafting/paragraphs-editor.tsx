import { useEffect, useState } from 'react';
import { useT } from '../../app/i18n/use-t';
import { paragraphClass } from '../../ui/paragraph-layout';
import { addParagraph, EntryDraft, fieldId, moveParagraph, PARAGRAPH_KINDS, removeParagraph, updateParagraph } from './change-set';
import { Field, focusById, GroupProblems } from './field';

interface Props {
  entry: EntryDraft;
  /** e.g. changes[0].entry */
  path: string;
  onChange(entry: EntryDraft): void;
}

/**
 * The entry's paragraphs in order, each with its path, kind and text; added after any one, removed, and moved up
 * or down with buttons (so the order changes by keyboard alone), focus following the paragraph that moved.
 */
export function ParagraphsEditor({ entry, path, onChange }: Props) {
  const t = useT();
  const [focusId, setFocusId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!focusId) return;
    focusById(focusId);
    setFocusId(null);
  }, [focusId]);

  const move = (index: number, delta: number, direction: 'up' | 'down') => {
    const target = index + delta;
    if (target < 0 || target >= entry.paragraphs.length) return;
    const key = entry.paragraphs[index].key;
    onChange(moveParagraph(entry, index, delta));
    setAnnouncement(t('drafting.paragraph.moved', { path: entry.paragraphs[index].path || '—', position: target + 1 }));
    setFocusId(`move-${direction}-${key}`);
  };
  const add = (afterIndex: number) => {
    const next = addParagraph(entry, afterIndex);
    onChange(next);
    setAnnouncement(t('drafting.paragraph.added', { position: afterIndex + 2 }));
    setFocusId(fieldId(`${path}.paragraphs[${afterIndex + 1}].path`));
  };
  const remove = (index: number) => {
    onChange(removeParagraph(entry, index));
    setAnnouncement(t('drafting.paragraph.removed', { path: entry.paragraphs[index].path || '—' }));
    setFocusId(`${fieldId(`${path}.paragraphs`)}-heading`);
  };

  return (
    <section className="drafting-paragraphs" aria-labelledby={`${fieldId(`${path}.paragraphs`)}-heading`}>
      <h4 id={`${fieldId(`${path}.paragraphs`)}-heading`} tabIndex={-1}>
        {t('drafting.paragraphs.title', { count: entry.paragraphs.length })}
      </h4>
      <GroupProblems path={`${path}.paragraphs`} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {entry.paragraphs.length === 0 && <p>{t('drafting.paragraphs.empty')}</p>}
      <ol className="drafting-paragraph-list">
        {entry.paragraphs.map((paragraph, index) => {
          const at = `${path}.paragraphs[${index}]`;
          const n = index + 1;
          return (
            <li key={paragraph.key} className={`drafting-paragraph ${paragraphClass(paragraph.path || 'x', paragraph.kind)}`}>
              <div className="drafting-paragraph-row">
                <Field path={`${at}.path`} label={t('drafting.paragraph.path', { n })}>
                  <input
                    value={paragraph.path}
                    spellCheck={false}
                    onChange={(e) => onChange(updateParagraph(entry, index, { path: e.target.value }))}
                  />
                </Field>
                <Field path={`${at}.kind`} label={t('drafting.paragraph.kind', { n })}>
                  <select value={paragraph.kind} onChange={(e) => onChange(updateParagraph(entry, index, { kind: e.target.value as (typeof PARAGRAPH_KINDS)[number] }))}>
                    {PARAGRAPH_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`drafting.kind.${kind}`)}
                      </option>
                    ))}
                  </select>
                </Field>
              </div>
              <Field path={`${at}.text`} label={t('drafting.paragraph.text', { n })}>
                <textarea rows={3} value={paragraph.text} onChange={(e) => onChange(updateParagraph(entry, index, { text: e.target.value }))} />
              </Field>
              <div className="drafting-paragraph-actions" role="group" aria-label={t('drafting.paragraph.actions', { n, path: paragraph.path || '—' })}>
                <button type="button" id={`move-up-${paragraph.key}`} aria-disabled={index === 0 || undefined} onClick={() => move(index, -1, 'up')}>
                  {t('drafting.paragraph.up')}
                  <span className="visually-hidden"> {t('drafting.paragraph.which', { n })}</span>
                </button>
                <button
                  type="button"
                  id={`move-down-${paragraph.key}`}
                  aria-disabled={index === entry.paragraphs.length - 1 || undefined}
                  onClick={() => move(index, 1, 'down')}
                >
                  {t('drafting.paragraph.down')}
                  <span className="visually-hidden"> {t('drafting.paragraph.which', { n })}</span>
                </button>
                <button type="button" onClick={() => add(index)}>
                  {t('drafting.paragraph.addAfter')}
                  <span className="visually-hidden"> {t('drafting.paragraph.which', { n })}</span>
                </button>
                <button type="button" className="danger" onClick={() => remove(index)}>
                  {t('drafting.paragraph.remove')}
                  <span className="visually-hidden"> {t('drafting.paragraph.which', { n })}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => add(entry.paragraphs.length - 1)}>
        {t('drafting.paragraph.addEnd')}
      </button>
    </section>
  );
}
