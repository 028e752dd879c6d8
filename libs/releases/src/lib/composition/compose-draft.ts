import { EntityManager } from 'typeorm';
import { ExcerptSelection, latestRelease, readSnapshotExcerpt, ReleaseEntity, SnapshotExcerpt, SnapshotTally, suggestedNextVersion } from '@concord/control-list';
import { ChangeKind, ProposalStatus, termsUsedBy } from '@concord/proposals';
import { diffLists } from '../changes/list-diff';
import { ChangeSubject } from '../changes/release-change.entity';
import { ReleaseDraft } from '../graphql/release-draft.model';
import { CandidateProposal } from './adopted-proposals';
import { ComposedList, composeRelease, ConflictKind, ReleaseConflict } from './compose-release';
import { SnapshotTallies } from './snapshot-tallies';

export interface DraftComposition {
  base: ReleaseEntity | null;
  /** The touched part of the list only: the entries and definitions the proposals change, and those they may orphan. */
  composed: ComposedList;
  draft: ReleaseDraft;
}

const NO_BASE: SnapshotExcerpt = { entries: [], definitions: [] };
const NO_FIGURES: SnapshotTally = { entries: 0, active: 0, definitions: 0 };

/**
 * The working draft of the next release (DESIGN §3), at the cost of the proposals' changes rather than of the list.
 * composeRelease only ever looks up the entries and definitions a change names, and checks the terms of those entries
 * and the entries that use a removed term; every other entry comes out as it went in, so it changes neither the
 * changelog nor the conflicts, and the summary takes it from the base's figures (counted once per release).
 */
export async function composeDraft(manager: EntityManager, tallies: SnapshotTallies, proposals: CandidateProposal[]): Promise<DraftComposition> {
  const base = await latestRelease(manager);
  const excerpt = base ? await readSnapshotExcerpt(manager, base, excerptFor(proposals)) : NO_BASE;
  const tally = base ? await tallies.of(manager, base) : NO_FIGURES;
  const composed = composeRelease(excerpt, proposals);
  const notAdopted: ReleaseConflict[] = proposals
    .filter((proposal) => proposal.status !== ProposalStatus.ADOPTED)
    .map((proposal) => ({
      kind: ConflictKind.NOT_ADOPTED,
      code: null,
      term: null,
      proposals: [proposal.reference],
      message: `${proposal.reference} is ${proposal.status.toLowerCase().replace(/_/g, ' ')}, not adopted`,
    }));
  const conflicts = [...notAdopted, ...composed.conflicts];
  const references = new Map(proposals.map((proposal) => [proposal.id, proposal.reference]));
  const changes = diffLists(excerpt, composed).map((change) => {
    const touched = composed.touchedBy.get(change.subject === ChangeSubject.ENTRY ? `entry:${change.code}` : `term:${change.term}`) ?? [];
    const names = touched.map((id) => references.get(id)!);
    return { ...change, proposal: names.at(-1) ?? null, proposals: names };
  });
  return {
    base,
    composed,
    draft: {
      baseVersion: base?.version ?? null,
      proposals: proposals.map(({ id, reference, title, decidedAt }) => ({ id, reference, title, decidedAt })),
      summary: summaryOf(tally, excerpt, composed),
      changes,
      conflicts,
      publishable: proposals.length > 0 && changes.length > 0 && conflicts.length === 0,
      suggestedVersion: suggestedNextVersion(base?.version ?? null, 'PUBLICATION'),
    },
  };
}

/** What composeRelease will look at: the codes and terms the changes name, the terms changed entries use, and the users of removed terms. */
function excerptFor(proposals: readonly CandidateProposal[]): ExcerptSelection {
  const codes = new Set<string>();
  const terms = new Set<string>();
  const removed = new Set<string>();
  for (const change of proposals.flatMap((proposal) => proposal.changes)) {
    if ('code' in change) codes.add(change.code);
    if ('entry' in change) {
      codes.add(change.entry.code);
      for (const term of termsUsedBy(change.entry)) terms.add(term.toLowerCase());
    }
    if ('definition' in change) terms.add(change.definition.term.toLowerCase());
    if ('term' in change) terms.add(change.term.toLowerCase());
    if (change.kind === ChangeKind.REMOVE_DEFINITION) removed.add(change.term.toLowerCase());
  }
  return { codes: [...codes], terms: [...terms], entriesUsing: [...removed] };
}

/** The whole list's figures: the base's, with what composing changed in the part it read. */
function summaryOf(tally: SnapshotTally, excerpt: SnapshotExcerpt, composed: ComposedList): ReleaseDraft['summary'] {
  const active = (entries: SnapshotExcerpt['entries']) => entries.filter((entry) => entry.status === 'ACTIVE').length;
  // composeRelease keys definitions by lower-case term, as the tally counts them.
  const readTerms = new Set(excerpt.definitions.map((definition) => definition.term.toLowerCase())).size;
  const entries = tally.entries + composed.entries.length - excerpt.entries.length;
  const activeCount = tally.active + active(composed.entries) - active(excerpt.entries);
  return { entries, active: activeCount, reserved: entries - activeCount, definitions: tally.definitions + composed.definitions.length - readTerms };
}
