import type { ListDefinition, ListEntry } from '@concord/control-list';

export enum ChangeKind {
  ADD_ENTRY = 'ADD_ENTRY',
  AMEND_ENTRY = 'AMEND_ENTRY',
  REMOVE_ENTRY = 'REMOVE_ENTRY',
  ADD_DEFINITION = 'ADD_DEFINITION',
  AMEND_DEFINITION = 'AMEND_DEFINITION',
  REMOVE_DEFINITION = 'REMOVE_DEFINITION',
}

/**
 * One change a proposal makes to the list. Amendments and removals carry the digest of the entry they were written
 * against, so that the secretariat can tell when two adopted proposals amended one entry from different bases.
 */
export type Change =
  | { kind: ChangeKind.ADD_ENTRY; entry: ListEntry }
  | { kind: ChangeKind.AMEND_ENTRY; code: string; baseDigest: string; entry: ListEntry }
  | { kind: ChangeKind.REMOVE_ENTRY; code: string; baseDigest: string }
  | { kind: ChangeKind.ADD_DEFINITION; definition: ListDefinition }
  | { kind: ChangeKind.AMEND_DEFINITION; term: string; definition: ListDefinition }
  | { kind: ChangeKind.REMOVE_DEFINITION; term: string };

/** The entry code or definition term a change touches, for filters and conflict detection. */
export function subjectOf(change: Change): { code?: string; term?: string } {
  switch (change.kind) {
    case ChangeKind.ADD_ENTRY:
      return { code: change.entry.code };
    case ChangeKind.AMEND_ENTRY:
    case ChangeKind.REMOVE_ENTRY:
      return { code: change.code };
    case ChangeKind.ADD_DEFINITION:
      return { term: change.definition.term };
    case ChangeKind.AMEND_DEFINITION:
    case ChangeKind.REMOVE_DEFINITION:
      return { term: change.term };
  }
}
