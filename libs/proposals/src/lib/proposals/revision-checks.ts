import { EntityManager } from 'typeorm';
import { ReleaseEntity } from '@concord/control-list';
import { badInput, conflict } from '@concord/shared/graphql';
import { BaseList } from '../change-set/base-list';
import { Change, subjectOf } from '../change-set/change';
import { ChangeInput } from '../change-set/change.input';
import { toChanges } from '../change-set/to-changes';
import { validateChangeSet } from '../change-set/validate-change-set';
import { describeMerge, planRebase } from '../rebase/plan-rebase';
import { RevisionMerge } from '../rebase/revision-merge';
import { latestPublishedRelease, loadBaseList } from './base-release';
import { ProposalRevisionEntity } from './proposal-revision.entity';
import { ProposalEntity } from './proposal.entity';
import { ProposalErrorReason } from '../proposal-error-reason';

/** Changes as stored, checked against their base; refused as BAD_USER_INPUT with one field entry per problem. */
export function checkedChanges(inputs: readonly ChangeInput[], base: BaseList): { changes: Change[]; warnings: string[] } {
  const changes = toChanges(inputs, base);
  return { changes, warnings: assertValid(changes, base) };
}

/** The one check (validateChangeSet) as a refusal; returns the warnings that go on the revision. */
export function assertValid(changes: readonly Change[], base: BaseList): string[] {
  const verdict = validateChangeSet(changes, base);
  if (verdict.problems.length) {
    throw badInput(
      `The change set does not fit the base release: ${verdict.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
      ProposalErrorReason.INVALID_CHANGE_SET,
      verdict.problems,
    );
  }
  return verdict.warnings;
}

export const codesOf = (changes: readonly Change[]) => [...new Set(changes.flatMap((change) => subjectOf(change).code ?? []))];

export interface RebaseView {
  base: ReleaseEntity;
  latest: ReleaseEntity;
  merges: RevisionMerge[];
}

/** Where a revision stands against the latest release: which of its changes would have to be merged by hand. */
export async function rebaseView(manager: EntityManager, revision: ProposalRevisionEntity, extraCodes: readonly string[] = []): Promise<RebaseView & { before: BaseList; after: BaseList }> {
  const base = await manager.findOneByOrFail(ReleaseEntity, { id: revision.baseReleaseId });
  const latest = await latestPublishedRelease(manager);
  const codes = [...new Set([...codesOf(revision.changes), ...extraCodes])];
  const before = await loadBaseList(manager, base, codes);
  const after = latest.id === base.id ? before : await loadBaseList(manager, latest, codes);
  return { base, latest, before, after, merges: latest.id === base.id ? [] : planRebase(revision.changes, before, after) };
}

/**
 * Before a proposal goes to review or to a vote, its revision must still pass the one check against its base, and
 * still apply to the release in force: a base that moved underneath it is a REBASE_REQUIRED conflict naming each
 * change, rather than a ballot whose outcome could never be published.
 */
export async function assertRevisionApplies(manager: EntityManager, revision: ProposalRevisionEntity): Promise<void> {
  const view = await rebaseView(manager, revision);
  assertValid(revision.changes, view.before);
  if (view.merges.length) {
    const fields = view.merges.map((merge) => describeMerge(merge, view.latest.version));
    throw conflict(
      `The proposal was written against ${view.base.version} and ${view.latest.version} changed what it touches: rebase it first (${fields.map((f) => f.message).join('; ')})`,
      ProposalErrorReason.REBASE_REQUIRED,
      fields,
    );
  }
}

export function currentRevision(manager: EntityManager, proposal: ProposalEntity): Promise<ProposalRevisionEntity> {
  return manager.findOneByOrFail(ProposalRevisionEntity, { proposalId: proposal.id, number: proposal.currentRevision });
}
