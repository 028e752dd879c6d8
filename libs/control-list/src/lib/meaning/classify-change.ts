import type { ListEntry, ListParagraph } from '../list-document';
import { parameterChanges } from './parameter-changes';
import type { ParameterChange } from './parameter-changes';

export type ChangeMeaning = 'NEW_CONTROL' | 'DECONTROL' | 'BROADENED' | 'NARROWED' | 'REASONS_CHANGED' | 'RENUMBERED' | 'EDITORIAL';

/** Which paragraph path (or entry code) became which: what a consumer moves its own references along. */
export interface Renumbering {
  oldPath: string;
  newPath: string;
  kind: 'ENTRY' | 'PARAGRAPH';
}

/** What a change means for what is controlled, and the evidence: moved parameters and renumbered paths. */
export interface ChangeClassification {
  /** In the order of ORDER; EDITORIAL alone when nothing else applies. */
  meanings: ChangeMeaning[];
  parameters: ParameterChange[];
  renumbered: Renumbering[];
}

/**
 * A definition's change, on the definition itself: its wording. What it does to the scope shows on the entries that
 * use the term.
 */
export const DEFINITION_CHANGE_MEANING: Readonly<ChangeClassification> = Object.freeze<ChangeClassification>({ meanings: ['EDITORIAL'], parameters: [], renumbered: [] });

const ORDER: readonly ChangeMeaning[] = ['NEW_CONTROL', 'DECONTROL', 'BROADENED', 'NARROWED', 'REASONS_CHANGED', 'RENUMBERED', 'EDITORIAL'];
const RESERVED_TEXT = /^(?:through\s+[a-z]{1,2}\.\s+)?\[reserved\]\.?$/i;

/**
 * The meaning of one entry's change. NEW_CONTROL: the entry or an item paragraph appeared (or a reserved one was
 * filled). DECONTROL: the entry or an item went (or became [Reserved]), or a decontrol note was added.
 * BROADENED/NARROWED: a parameter bound moved (see parameterChanges), or a decontrol note went (BROADENED).
 * REASONS_CHANGED: the reason codes differ. RENUMBERED: the same item text under another path. EDITORIAL otherwise.
 */
export function classifyEntryChange(before: ListEntry | undefined, after: ListEntry | undefined): ChangeClassification {
  const found = new Set<ChangeMeaning>();
  const parameters: ParameterChange[] = [];
  const renumbered: Renumbering[] = [];
  const activeBefore = before?.status === 'ACTIVE' ? before : undefined;
  const activeAfter = after?.status === 'ACTIVE' ? after : undefined;

  if (!activeBefore && activeAfter) found.add('NEW_CONTROL');
  if (activeBefore && !activeAfter) found.add('DECONTROL');
  if (activeBefore && activeAfter) {
    if (!sameSet(activeBefore.reasons, activeAfter.reasons)) found.add('REASONS_CHANGED');
    compareItems(activeBefore, activeAfter, found, parameters, renumbered);
    compareDecontrolNotes(activeBefore, activeAfter, new Map(renumbered.map((row) => [row.oldPath, row.newPath])), found, parameters);
  }
  if (found.size === 0) found.add('EDITORIAL');
  return { meanings: ORDER.filter((meaning) => found.has(meaning)), parameters, renumbered };
}

function compareItems(before: ListEntry, after: ListEntry, found: Set<ChangeMeaning>, parameters: ParameterChange[], renumbered: Renumbering[]): void {
  const old = itemsByPath(before);
  const next = itemsByPath(after);
  const movedFrom = new Set<string>();
  const movedTo = new Set<string>();
  const nextPathsByText = new Map<string, string[]>();
  for (const [path, text] of next) {
    if (isReserved(text)) continue;
    nextPathsByText.set(normalised(text), [...(nextPathsByText.get(normalised(text)) ?? []), path]);
  }
  // An item whose text now stands under another path moved there, unless that path already held the same text.
  for (const [path, text] of old) {
    if (isReserved(text) || (next.has(path) && normalised(next.get(path) as string) === normalised(text))) continue;
    const target = (nextPathsByText.get(normalised(text)) ?? []).find(
      (candidate) => !movedTo.has(candidate) && normalised(old.get(candidate) ?? '') !== normalised(text),
    );
    if (target === undefined) continue;
    renumbered.push({ oldPath: path, newPath: target, kind: 'PARAGRAPH' });
    movedFrom.add(path);
    movedTo.add(target);
  }
  if (renumbered.length > 0) found.add('RENUMBERED');
  for (const [path, text] of old) {
    if (movedFrom.has(path) || next.has(path) || isReserved(text)) continue;
    found.add('DECONTROL');
  }
  for (const [path, text] of next) {
    if (movedTo.has(path) || isReserved(text)) continue;
    const oldText = old.get(path);
    if (oldText === undefined || movedFrom.has(path)) found.add('NEW_CONTROL');
    else if (isReserved(oldText)) found.add('NEW_CONTROL');
    else if (oldText !== text) record(parameterChanges(path, oldText, text), found, parameters);
  }
  for (const [path, text] of old) {
    const nextText = next.get(path);
    if (!movedFrom.has(path) && !isReserved(text) && nextText !== undefined && isReserved(nextText)) found.add('DECONTROL');
  }
}

// Decontrol notes have no path of their own: they are compared per paragraph they belong to (where it moved), in order.
function compareDecontrolNotes(
  before: ListEntry,
  after: ListEntry,
  moved: ReadonlyMap<string, string>,
  found: Set<ChangeMeaning>,
  parameters: ParameterChange[],
): void {
  const old = notesByPath(before.paragraphs.map((paragraph) => ({ ...paragraph, path: moved.get(paragraph.path) ?? paragraph.path })));
  const next = notesByPath(after.paragraphs);
  for (const path of new Set([...old.keys(), ...next.keys()])) {
    const olds = old.get(path) ?? [];
    const nexts = next.get(path) ?? [];
    const oldTexts = new Set(olds.map(normalised));
    const nextTexts = new Set(nexts.map(normalised));
    if (nexts.length > olds.length || (olds.length === 0 && nexts.length > 0)) found.add('DECONTROL');
    if (nexts.length < olds.length) found.add('BROADENED');
    olds.forEach((text, i) => {
      const counterpart = nexts[i];
      if (counterpart === undefined || oldTexts.has(normalised(counterpart)) || nextTexts.has(normalised(text))) return;
      record(parameterChanges(path, text, counterpart, true), found, parameters);
    });
  }
}

function record(changes: ParameterChange[], found: Set<ChangeMeaning>, parameters: ParameterChange[]): void {
  for (const change of changes) found.add(change.direction);
  parameters.push(...changes);
}

function itemsByPath(entry: ListEntry): Map<string, string> {
  return new Map(entry.paragraphs.filter((paragraph) => paragraph.kind === 'ITEM').map((paragraph) => [paragraph.path, paragraph.text]));
}

function notesByPath(paragraphs: readonly ListParagraph[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'DECONTROL_NOTE') continue;
    notes.set(paragraph.path, [...(notes.get(paragraph.path) ?? []), paragraph.text]);
  }
  return notes;
}

function isReserved(text: string | undefined): boolean {
  return text !== undefined && RESERVED_TEXT.test(text.trim());
}

/** Text compared for renumbering: punctuation and the list's "; or" / "; and" joins do not make another item. */
export function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"'‘’]/g, '')
    .replace(/[;,.:]?\s*(?:\b(?:or|and)\b)?\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}
