import { createHash } from 'node:crypto';
import { definitionProblems, entryProblems, ListEntry, stableJson } from '@concord/control-list';
import type { FieldProblem } from '@concord/shared/graphql';
import { BaseList } from './base-list';
import { Change, ChangeKind, subjectOf } from './change';
import { undefinedTermsIntroduced } from './terms-used';

export const MAX_CHANGES = 50;

export interface ChangeSetVerdict {
  /** Each one refuses the change set (BAD_USER_INPUT). */
  problems: FieldProblem[];
  /**
   * Reported on the proposal, not refused: terms a change starts using that resolve to no definition. Publication
   * needs them defined, by this proposal or by one adopted before it; the working draft names the proposal otherwise.
   */
  warnings: string[];
}

/** The digest an amendment carries: SHA-256 of the entry's stable JSON. */
export function entryDigest(entry: ListEntry): string {
  return createHash('sha256').update(stableJson(entry)).digest('hex');
}

type Report = (field: string, message: string) => void;

/**
 * The one check of a change set (DESIGN §4), run at create, revise, rebase, submit and ballot opening, and by the
 * composer at publication: every rule of the list itself (list-rules.ts, the importer's rules too), then against
 * the release it was drafted on — amendments and removals name an existing ACTIVE code, additions never reuse a
 * code (a removed code is RESERVED for ever), definitions exist or do not as the change says; one change per code
 * or term.
 */
export function validateChangeSet(changes: readonly Change[], base: BaseList): ChangeSetVerdict {
  const problems: FieldProblem[] = [];
  const warnings = new Set<string>();
  const seen = new Set<string>();
  const addedTerms = new Set(changes.flatMap((change) => (change.kind === ChangeKind.ADD_DEFINITION ? [change.definition.term.toLowerCase()] : [])));
  const isDefined = (term: string) => !!base.definition(term) || addedTerms.has(term.toLowerCase());

  if (changes.length === 0) problems.push({ field: 'changes', message: 'a proposal changes at least one entry or definition' });
  if (changes.length > MAX_CHANGES) problems.push({ field: 'changes', message: `at most ${MAX_CHANGES} changes per proposal` });

  changes.forEach((change, index) => {
    const problem: Report = (field, message) => problems.push({ field: `changes[${index}].${field}`, message });
    const subject = subjectOf(change);
    const key = subject.code ?? `term:${subject.term!.toLowerCase()}`;
    if (seen.has(key)) problem(subject.code ? 'code' : 'term', `${subject.code ?? `"${subject.term}"`} is changed twice in this proposal`);
    seen.add(key);
    checkAgainstBase(change, base, problem);
    if ('entry' in change) {
      for (const found of entryProblems(change.entry)) problem(found.field ? `entry.${found.field}` : 'entry', found.message);
      const before = change.kind === ChangeKind.AMEND_ENTRY ? base.entry(change.code) : undefined;
      for (const term of undefinedTermsIntroduced(before, change.entry, isDefined)) {
        warnings.add(`${change.entry.code}: “${term}” resolves to no definition; publication needs one`);
      }
    }
    if ('definition' in change) {
      for (const found of definitionProblems(change.definition)) problem(`definition.${found.field}`, found.message);
    }
  });
  return { problems, warnings: [...warnings] };
}

function checkAgainstBase(change: Change, base: BaseList, problem: Report): void {
  switch (change.kind) {
    case ChangeKind.ADD_ENTRY: {
      const existing = base.entry(change.entry.code);
      if (existing?.status === 'RESERVED') problem('entry.code', `${change.entry.code} is reserved: a removed code is never reused`);
      else if (existing) problem('entry.code', `${change.entry.code} already exists; amend it instead`);
      return;
    }
    case ChangeKind.AMEND_ENTRY:
    case ChangeKind.REMOVE_ENTRY: {
      const existing = base.entry(change.code);
      if (!existing) problem('code', `${change.code} is not in the base release`);
      else if (existing.status !== 'ACTIVE') problem('code', `${change.code} is ${existing.status.toLowerCase()}, not active`);
      if (change.kind === ChangeKind.AMEND_ENTRY && change.entry.code !== change.code) problem('entry.code', 'an amendment keeps the code it amends');
      if (change.kind === ChangeKind.AMEND_ENTRY && existing && entryDigest(existing) === entryDigest(change.entry)) {
        problem('entry', `this amendment changes nothing in ${change.code}`);
      }
      if (change.kind === ChangeKind.AMEND_ENTRY && change.entry.status !== 'ACTIVE') problem('entry.status', 'an amended entry stays ACTIVE; remove it instead');
      return;
    }
    case ChangeKind.ADD_DEFINITION:
      if (base.definition(change.definition.term)) problem('definition.term', `"${change.definition.term}" is already defined`);
      return;
    case ChangeKind.AMEND_DEFINITION:
    case ChangeKind.REMOVE_DEFINITION:
      if (!base.definition(change.term)) problem('term', `"${change.term}" is not defined in the base release`);
      if (change.kind === ChangeKind.AMEND_DEFINITION && change.definition.term.toLowerCase() !== change.term.toLowerCase()) {
        problem('definition.term', 'an amendment keeps the term it amends');
      }
      const defined = base.definition(change.term);
      if (change.kind === ChangeKind.AMEND_DEFINITION && defined?.term === change.definition.term && defined.text === change.definition.text) {
        problem('definition', `this amendment changes nothing in "${change.term}"`);
      }
      return;
  }
}
