import { ListDefinition, ListDocument, ListEntry, stableJson } from '@concord/control-list';
import { ChangeSubject, ReleaseChangeKind } from './release-change.entity';

export interface ListChange {
  subject: ChangeSubject;
  code: string | null;
  term: string | null;
  kind: ReleaseChangeKind;
  before: ListEntry | ListDefinition | null;
  after: ListEntry | ListDefinition | null;
}

type ListContent = Pick<ListDocument, 'entries' | 'definitions'>;

/**
 * Entries and definitions that differ between two versions of the list, entries first, each in code or term order.
 * An entry that becomes RESERVED is REMOVED (its code stays, never to be reused); one that disappears altogether
 * (a new baseline without it) is REMOVED too, with no after.
 */
export function diffLists(before: ListContent | null, after: ListContent): ListChange[] {
  const entryChanges = diffBy(before?.entries ?? [], after.entries, (entry) => entry.code).map(([code, old, next]) => ({
    subject: ChangeSubject.ENTRY,
    code,
    term: null,
    kind: entryKind(old, next),
    before: old,
    after: next,
  }));
  const definitionChanges = diffBy(before?.definitions ?? [], after.definitions, (definition) => definition.term).map(([term, old, next]) => ({
    subject: ChangeSubject.DEFINITION,
    code: null,
    term,
    kind: !old ? ReleaseChangeKind.ADDED : !next ? ReleaseChangeKind.REMOVED : ReleaseChangeKind.AMENDED,
    before: old,
    after: next,
  }));
  return [...entryChanges, ...definitionChanges];
}

function entryKind(old: ListEntry | null, next: ListEntry | null): ReleaseChangeKind {
  if (!old || (old.status === 'RESERVED' && next?.status === 'ACTIVE')) return old ? ReleaseChangeKind.AMENDED : ReleaseChangeKind.ADDED;
  if (!next || (next.status === 'RESERVED' && old.status === 'ACTIVE')) return ReleaseChangeKind.REMOVED;
  return ReleaseChangeKind.AMENDED;
}

function diffBy<T>(before: readonly T[], after: readonly T[], keyOf: (item: T) => string): [string, T | null, T | null][] {
  const old = new Map(before.map((item) => [keyOf(item), item]));
  const next = new Map(after.map((item) => [keyOf(item), item]));
  const keys = [...new Set([...old.keys(), ...next.keys()])].sort();
  return keys
    .map((key): [string, T | null, T | null] => [key, old.get(key) ?? null, next.get(key) ?? null])
    .filter(([, a, b]) => !a || !b || stableJson(a) !== stableJson(b));
}
