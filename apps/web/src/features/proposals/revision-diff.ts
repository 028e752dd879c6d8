import { diffWords } from 'diff';
import type { RedlineField, RedlineParagraph, Segment } from '../../ui/redline';

/** What one revision's change says, as ProposalRevisionTexts returns it. */
export interface RevisionChange {
  index: number;
  kind: string;
  code?: string | null;
  term?: string | null;
  entry?: { code: string; heading: string; status: string; reasons: string[]; paragraphs: { path: string; kind: string; text: string }[] } | null;
  definition?: { term: string; text: string } | null;
}

export interface RevisionText {
  number: number;
  title: string;
  changes: RevisionChange[];
}

export type Difference = 'ADDED' | 'CHANGED' | 'REMOVED' | 'UNCHANGED';

export interface ChangeDifference {
  key: string;
  kind: string;
  /** The code or term the change touches. */
  subject: string;
  difference: Difference;
  fields: RedlineField[];
  paragraphs: RedlineParagraph[];
}

export interface RevisionDifference {
  title: RedlineField;
  changes: ChangeDifference[];
}

/** Word by word, from the earlier text to the later; spaces stay with the words they separate. */
export function wordSegments(before: string, after: string): Segment[] {
  if (before === after) return before ? [{ kind: 'EQUAL', text: before }] : [];
  return diffWords(before, after).map((part) => ({ kind: part.added ? 'INSERTED' : part.removed ? 'DELETED' : 'EQUAL', text: part.value }));
}

const differenceOf = (before: string | null, after: string | null): Difference =>
  before === null ? 'ADDED' : after === null ? 'REMOVED' : before === after ? 'UNCHANGED' : 'CHANGED';

function fieldDiff(field: string, before: string | null, after: string | null): RedlineField {
  return { field, change: differenceOf(before, after), segments: wordSegments(before ?? '', after ?? '') };
}

const subjectOf = (change: RevisionChange) => change.code ?? change.entry?.code ?? change.term ?? change.definition?.term ?? '';
/** A change is the same change in two revisions when it does the same thing to the same code or term. */
export const changeKey = (change: RevisionChange) => `${change.kind}:${subjectOf(change)}`;

function fieldsOf(change: RevisionChange | undefined): Record<string, string> {
  if (!change) return {};
  const fields: Record<string, string> = {};
  if (change.entry) {
    fields['heading'] = change.entry.heading;
    fields['status'] = change.entry.status;
    fields['reasons'] = change.entry.reasons.join(', ');
  }
  if (change.definition) {
    fields['term'] = change.definition.term;
    fields['text'] = change.definition.text;
  }
  return fields;
}

const paragraphKey = (paragraph: { path: string; kind: string }) => `${paragraph.path}:${paragraph.kind}`;

/** Paragraphs in the later revision's order, each removed one placed after the paragraph it followed. */
function paragraphDiff(before: RevisionChange | undefined, after: RevisionChange | undefined): RedlineParagraph[] {
  const old = before?.entry?.paragraphs ?? [];
  const next = after?.entry?.paragraphs ?? [];
  const oldByKey = new Map(old.map((paragraph) => [paragraphKey(paragraph), paragraph]));
  const nextKeys = new Set(next.map(paragraphKey));
  const result: RedlineParagraph[] = next.map((paragraph) => {
    const earlier = oldByKey.get(paragraphKey(paragraph));
    return {
      path: paragraph.path,
      kind: paragraph.kind,
      change: differenceOf(earlier?.text ?? null, paragraph.text),
      segments: wordSegments(earlier?.text ?? '', paragraph.text),
    };
  });
  old.forEach((paragraph, position) => {
    if (nextKeys.has(paragraphKey(paragraph))) return;
    const removed: RedlineParagraph = { path: paragraph.path, kind: paragraph.kind, change: 'REMOVED', segments: wordSegments(paragraph.text, '') };
    const predecessor = position > 0 ? paragraphKey(old[position - 1]) : null;
    const at = predecessor === null ? -1 : result.findIndex((line) => paragraphKey(line) === predecessor);
    result.splice(at + 1, 0, removed);
  });
  return result;
}

function changeDiff(key: string, before: RevisionChange | undefined, after: RevisionChange | undefined): ChangeDifference {
  const change = (after ?? before)!;
  const oldFields = fieldsOf(before);
  const newFields = fieldsOf(after);
  const names = [...new Set([...Object.keys(newFields), ...Object.keys(oldFields)])];
  const fields = names.map((name) => fieldDiff(name, before ? (oldFields[name] ?? '') : null, after ? (newFields[name] ?? '') : null));
  const paragraphs = paragraphDiff(before, after);
  const touched = [...fields, ...paragraphs].some((line) => line.change !== 'UNCHANGED');
  return {
    key,
    kind: change.kind,
    subject: subjectOf(change),
    difference: !before ? 'ADDED' : !after ? 'REMOVED' : touched ? 'CHANGED' : 'UNCHANGED',
    fields,
    paragraphs,
  };
}

/** What changed from one revision to another: the title, and each change paired by what it touches. */
export function diffRevisions(from: RevisionText, to: RevisionText): RevisionDifference {
  const before = new Map(from.changes.map((change) => [changeKey(change), change]));
  const after = new Map(to.changes.map((change) => [changeKey(change), change]));
  const keys = [...after.keys(), ...[...before.keys()].filter((key) => !after.has(key))];
  return {
    title: fieldDiff('title', from.title, to.title),
    changes: keys.map((key) => changeDiff(key, before.get(key), after.get(key))),
  };
}
