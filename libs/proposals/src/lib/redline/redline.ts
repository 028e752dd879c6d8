import { diffArrays, diffWordsWithSpace } from 'diff';
import { classifyEntryChange, DEFINITION_CHANGE_MEANING } from '@concord/control-list';
import type { AuthenticTexts, ChangeClassification, ListDefinition, ListEntry, ListParagraph } from '@concord/control-list';

export type SegmentKind = 'EQUAL' | 'INSERTED' | 'DELETED';

export interface Segment {
  kind: SegmentKind;
  text: string;
}

export type LineChange = 'UNCHANGED' | 'ADDED' | 'REMOVED' | 'CHANGED';

export interface FieldRedline {
  field: 'code' | 'heading' | 'status' | 'reasons' | 'relatedControls' | 'definitions' | 'correlations' | 'term' | 'text';
  change: LineChange;
  segments: Segment[];
}

export interface ParagraphRedline {
  path: string;
  kind: ListParagraph['kind'];
  change: LineChange;
  segments: Segment[];
  /** The same paragraph's authentic texts in other languages, language by language. */
  texts: LanguageRedline[];
}

export interface LanguageRedline {
  language: string;
  change: LineChange;
  segments: Segment[];
}

export interface Redline {
  fields: FieldRedline[];
  paragraphs: ParagraphRedline[];
  meaning: ChangeClassification;
  /** The heading's authentic texts in other languages (a definition's texts, for a definition). */
  texts: LanguageRedline[];
}


/** Word-level difference of two texts, as segments a client renders as-is (strike-through, underline). */
export function wordSegments(before: string, after: string): Segment[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    kind: part.added ? 'INSERTED' : part.removed ? 'DELETED' : 'EQUAL',
    text: part.value,
  }));
}

function changeOf(before: string | undefined, after: string | undefined): LineChange {
  if (before === undefined) return 'ADDED';
  if (after === undefined) return 'REMOVED';
  return before === after ? 'UNCHANGED' : 'CHANGED';
}

function field(name: FieldRedline['field'], before: string | undefined, after: string | undefined): FieldRedline {
  return { field: name, change: changeOf(before, after), segments: wordSegments(before ?? '', after ?? '') };
}

const list = (values: readonly string[]) => values.join(', ');
const references = (entry: ListEntry) =>
  [entry.relatedControls.text ?? '', ...entry.relatedControls.references.map((r) => `${r.regime} ${r.code}`)].filter(Boolean).join('; ');
const correlations = (entry: ListEntry) => entry.correlations.map((c) => `${c.scheme} ${c.code} (${c.relation})`).join('; ');

/**
 * Field by field and paragraph by paragraph, word by word inside text. Paragraphs are aligned by path and kind
 * (the longest common subsequence of the two outlines), so an inserted sub-item shows as one insertion rather than
 * shifting every paragraph after it. A missing side means an addition or a removal.
 */
export function redlineEntry(before: ListEntry | undefined, after: ListEntry | undefined): Redline {
  const pick = <T>(entry: ListEntry | undefined, read: (entry: ListEntry) => T) => (entry ? read(entry) : undefined);
  const fields: FieldRedline[] = [
    field('code', pick(before, (e) => e.code), pick(after, (e) => e.code)),
    field('heading', pick(before, (e) => e.heading), pick(after, (e) => e.heading)),
    field('status', pick(before, (e) => e.status), pick(after, (e) => e.status)),
    field('reasons', pick(before, (e) => list(e.reasons)), pick(after, (e) => list(e.reasons))),
    field('relatedControls', pick(before, references), pick(after, references)),
    field('definitions', pick(before, (e) => list(e.definitions)), pick(after, (e) => list(e.definitions))),
    field('correlations', pick(before, correlations), pick(after, correlations)),
  ];
  return {
    fields,
    paragraphs: redlineParagraphs(before?.paragraphs ?? [], after?.paragraphs ?? []),
    texts: redlineTexts(before?.headingTexts, after?.headingTexts),
    meaning: classifyEntryChange(before, after),
  };
}

function redlineParagraphs(before: readonly ListParagraph[], after: readonly ListParagraph[]): ParagraphRedline[] {
  const key = (paragraph: ListParagraph) => `${paragraph.kind} ${paragraph.path}`;
  const result: ParagraphRedline[] = [];
  let b = 0;
  let a = 0;
  for (const part of diffArrays(before.map(key), after.map(key))) {
    for (let i = 0; i < part.value.length; i++) {
      if (part.removed) {
        const old = before[b++];
        result.push({ path: old.path, kind: old.kind, change: 'REMOVED', segments: wordSegments(old.text, ''), texts: redlineTexts(old.texts, undefined) });
      } else if (part.added) {
        const added = after[a++];
        result.push({ path: added.path, kind: added.kind, change: 'ADDED', segments: wordSegments('', added.text), texts: redlineTexts(undefined, added.texts) });
      } else {
        const old = before[b++];
        const now = after[a++];
        result.push({
          path: now.path,
          kind: now.kind,
          change: changeOf(old.text, now.text),
          segments: wordSegments(old.text, now.text),
          texts: redlineTexts(old.texts, now.texts),
        });
      }
    }
  }
  return result;
}

export function redlineDefinition(before: ListDefinition | undefined, after: ListDefinition | undefined): Redline {
  return {
    fields: [field('term', before?.term, after?.term), field('text', before?.text, after?.text)],
    paragraphs: [],
    meaning: { ...DEFINITION_CHANGE_MEANING },
    texts: redlineTexts(before?.texts, after?.texts),
  };
}

/** Word by word per language, each language in either version once, alphabetically. */
function redlineTexts(before: AuthenticTexts | undefined, after: AuthenticTexts | undefined): LanguageRedline[] {
  const languages = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return languages.map((language) => {
    const old = before?.[language]?.text;
    const now = after?.[language]?.text;
    return { language, change: changeOf(old, now), segments: wordSegments(old ?? '', now ?? '') };
  });
}
