import { BaseList } from '../change-set/base-list';
import { Change, ChangeKind, subjectOf } from '../change-set/change';
import { entryDigest } from '../change-set/validate-change-set';
import { MergeReason, RevisionMerge } from './revision-merge';

/**
 * The changes that do not carry over as they are from the release they were written against (`before`) to a newer
 * one (`after`): their base moved underneath them. The others apply unchanged, with the same base digest, because
 * an entry that did not change has the same digest in both releases.
 */
export function planRebase(changes: readonly Change[], before: BaseList, after: BaseList): RevisionMerge[] {
  return changes.flatMap((change, changeIndex) => {
    const reason = mergeReasonOf(change, before, after);
    if (!reason) return [];
    const { code, term } = subjectOf(change);
    return [{ changeIndex, code: code ?? null, term: term ?? null, reason }];
  });
}

function mergeReasonOf(change: Change, before: BaseList, after: BaseList): MergeReason | undefined {
  switch (change.kind) {
    case ChangeKind.ADD_ENTRY:
      return after.entry(change.entry.code) ? MergeReason.CODE_TAKEN : undefined;
    case ChangeKind.AMEND_ENTRY:
    case ChangeKind.REMOVE_ENTRY: {
      const now = after.entry(change.code);
      if (!now || now.status !== 'ACTIVE') return MergeReason.BASE_REMOVED;
      return entryDigest(now) === change.baseDigest ? undefined : MergeReason.BASE_CHANGED;
    }
    case ChangeKind.ADD_DEFINITION:
      return after.definition(change.definition.term) ? MergeReason.TERM_TAKEN : undefined;
    case ChangeKind.AMEND_DEFINITION:
    case ChangeKind.REMOVE_DEFINITION: {
      const now = after.definition(change.term);
      if (!now) return MergeReason.TERM_REMOVED;
      const then = before.definition(change.term);
      return then && then.text === now.text && then.term === now.term ? undefined : MergeReason.TERM_CHANGED;
    }
  }
}

/** How a merge reads to the sponsor, as a field problem at the change it concerns. */
export function describeMerge(merge: RevisionMerge, version: string): { field: string; message: string } {
  const subject = merge.code ?? `"${merge.term}"`;
  const messages: Record<MergeReason, string> = {
    [MergeReason.BASE_CHANGED]: `${subject} was amended in ${version}: supply your change again, merged with the new text`,
    [MergeReason.BASE_REMOVED]: `${subject} was removed in ${version}: drop this change or propose a new entry`,
    [MergeReason.CODE_TAKEN]: `${subject} was added in ${version} by another proposal: choose another code or amend it`,
    [MergeReason.TERM_CHANGED]: `${subject} was amended in ${version}: supply your change again, merged with the new text`,
    [MergeReason.TERM_REMOVED]: `${subject} is no longer defined in ${version}: drop this change or define it anew`,
    [MergeReason.TERM_TAKEN]: `${subject} was defined in ${version} by another proposal: amend that definition instead`,
  };
  return { field: `changes[${merge.changeIndex}]`, message: messages[merge.reason] };
}
