import type { ListEntry } from '../list-document';
import { classifyEntryChange, normalised } from './classify-change';
import type { ChangeClassification, Renumbering } from './classify-change';

/** One entry as it was and became in a diff; null for a side it is missing from. */
export interface EntrySides {
  code: string;
  before: ListEntry | null;
  after: ListEntry | null;
}

/**
 * The meaning of every entry change of one diff, by code. An entry that went (or became RESERVED) while an entry of
 * the same heading and items appeared under another code was RENUMBERED, not decontrolled and controlled anew:
 * both sides say so, with the entry's and its paragraphs' old and new paths.
 */
export function classifyEntryChanges(changes: readonly EntrySides[]): Map<string, ChangeClassification> {
  const classified = new Map<string, ChangeClassification>();
  for (const change of changes) classified.set(change.code, classifyEntryChange(change.before ?? undefined, change.after ?? undefined));
  const appeared = new Map<string, ListEntry>();
  for (const change of changes) {
    if (change.after?.status === 'ACTIVE' && change.before?.status !== 'ACTIVE') appeared.set(signature(change.after), change.after);
  }
  for (const change of changes) {
    const went = change.before?.status === 'ACTIVE' && change.after?.status !== 'ACTIVE' ? change.before : undefined;
    const successor = went && appeared.get(signature(went));
    if (!went || !successor) continue;
    appeared.delete(signature(went));
    const renumbered = entryRenumbering(went, successor);
    const meaning: ChangeClassification = { meanings: ['RENUMBERED'], parameters: [], renumbered };
    classified.set(went.code, meaning);
    classified.set(successor.code, meaning);
  }
  return classified;
}

/** Every old path → new path of a diff, entries first, each once, in code order. */
export function crosswalk(changes: readonly EntrySides[]): Renumbering[] {
  const rows = new Map<string, Renumbering>();
  for (const classification of classifyEntryChanges(changes).values()) {
    for (const row of classification.renumbered) rows.set(`${row.oldPath} ${row.newPath}`, row);
  }
  return [...rows.values()].sort((a, b) => (a.kind === b.kind ? (a.oldPath < b.oldPath ? -1 : a.oldPath > b.oldPath ? 1 : 0) : a.kind === 'ENTRY' ? -1 : 1));
}

function entryRenumbering(from: ListEntry, to: ListEntry): Renumbering[] {
  const items = (entry: ListEntry) => entry.paragraphs.filter((paragraph) => paragraph.kind === 'ITEM');
  const targets = items(to);
  return [
    { oldPath: from.code, newPath: to.code, kind: 'ENTRY' },
    ...items(from).map((paragraph, i) => ({ oldPath: paragraph.path, newPath: targets[i].path, kind: 'PARAGRAPH' as const })),
  ];
}

// Same heading and items in the same order, whatever the code in their paths.
function signature(entry: ListEntry): string {
  const items = entry.paragraphs
    .filter((paragraph) => paragraph.kind === 'ITEM')
    .map((paragraph) => `${paragraph.path.slice(entry.code.length)} ${normalised(paragraph.text)}`);
  return [normalised(entry.heading), ...items].join('\n');
}
