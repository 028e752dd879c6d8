import { definitionProblems, entryProblems, ListDefinition, ListDocument, ListEntry } from '@concord/control-list';
import { Change, ChangeKind, entryDigest, subjectOf, termsUsedBy, undefinedTermsIntroduced } from '@concord/proposals';

export enum ConflictKind {
  /** Two adopted proposals amend or remove one entry from different bases. */
  CONCURRENT_AMENDMENT = 'CONCURRENT_AMENDMENT',
  /** An amendment of an entry that an earlier adopted proposal removes. */
  AMEND_AFTER_REMOVE = 'AMEND_AFTER_REMOVE',
  /** A removal of an entry that an earlier adopted proposal amends. */
  REMOVE_AFTER_AMEND = 'REMOVE_AFTER_AMEND',
  /** The entry changed in a release published after the proposal was drafted. */
  STALE_BASE = 'STALE_BASE',
  /** One code added twice, or added while it exists (a removed code is never reused). */
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  MISSING_ENTRY = 'MISSING_ENTRY',
  /** Two adopted proposals change one definition, or one adds a term that exists. */
  CONCURRENT_DEFINITION_CHANGE = 'CONCURRENT_DEFINITION_CHANGE',
  MISSING_DEFINITION = 'MISSING_DEFINITION',
  /** A quoted term in a changed entry resolves to no definition of the resulting list. */
  UNDEFINED_TERM = 'UNDEFINED_TERM',
  /** An entry or definition breaks a rule of the list (a proposal accepted before the rule was): return it to fix. */
  INVALID_CONTENT = 'INVALID_CONTENT',
  /** The proposal is not adopted (or already incorporated): it cannot be released. */
  NOT_ADOPTED = 'NOT_ADOPTED',
}

export interface ComposableProposal {
  id: string;
  reference: string;
  changes: Change[];
}

export interface ReleaseConflict {
  kind: ConflictKind;
  code: string | null;
  term: string | null;
  /** References of the proposals involved, earliest adopted first. */
  proposals: string[];
  message: string;
}

export interface ComposedList {
  entries: ListEntry[];
  definitions: ListDefinition[];
  conflicts: ReleaseConflict[];
  /** Every proposal (by id) that changed each code (`entry:4A005`) or term (`term:intrusion software`), in adoption order. */
  touchedBy: Map<string, string[]>;
}

interface Touch {
  reference: string;
  kind: ChangeKind;
}

/**
 * The working draft (DESIGN §3): the base release with the proposals' changes applied one after another, in the
 * order given (adoption order). Every change is applied, even a conflicting one, so the secretariat sees the whole
 * picture; the conflicts say why such a list cannot be published as it stands.
 */
export function composeRelease(base: Pick<ListDocument, 'entries' | 'definitions'>, proposals: readonly ComposableProposal[]): ComposedList {
  const entries = new Map(base.entries.map((entry) => [entry.code, entry]));
  const definitions = new Map(base.definitions.map((definition) => [definition.term.toLowerCase(), definition]));
  const entryTouches = new Map<string, Touch>();
  const termTouches = new Map<string, Touch>();
  const changedEntries = new Set<string>();
  const removedTerms = new Set<string>();
  const conflicts: ReleaseConflict[] = [];
  const touchedBy = new Map<string, string[]>();
  const touch = (key: string, proposalId: string) => touchedBy.set(key, [...(touchedBy.get(key) ?? []), proposalId]);
  const conflict = (kind: ConflictKind, subject: { code?: string; term?: string }, involved: string[], message: string) =>
    conflicts.push({ kind, code: subject.code ?? null, term: subject.term ?? null, proposals: [...new Set(involved)], message });

  for (const proposal of proposals) {
    for (const change of proposal.changes) {
      for (const problem of contentProblems(change)) {
        conflict(ConflictKind.INVALID_CONTENT, subjectOf(change), [proposal.reference], `${proposal.reference}: ${problem}`);
      }
      switch (change.kind) {
        case ChangeKind.ADD_ENTRY: {
          const code = change.entry.code;
          const existing = entries.get(code);
          const earlier = entryTouches.get(code);
          if (existing) {
            conflict(
              ConflictKind.DUPLICATE_CODE,
              { code },
              [...(earlier ? [earlier.reference] : []), proposal.reference],
              earlier
                ? `${code} is added by ${earlier.reference} and again by ${proposal.reference}`
                : `${proposal.reference} adds ${code}, which is already ${existing.status === 'RESERVED' ? 'reserved (a removed code is never reused)' : 'in the list'}`,
            );
          }
          entries.set(code, change.entry);
          break;
        }
        case ChangeKind.AMEND_ENTRY:
        case ChangeKind.REMOVE_ENTRY: {
          const code = change.code;
          const current = entries.get(code);
          const earlier = entryTouches.get(code);
          if (!current) {
            conflict(ConflictKind.MISSING_ENTRY, { code }, [proposal.reference], `${proposal.reference} changes ${code}, which is not in the list`);
            break;
          }
          if (entryDigest(current) !== change.baseDigest) {
            const verb = change.kind === ChangeKind.AMEND_ENTRY ? 'amends' : 'removes';
            if (!earlier) {
              conflict(ConflictKind.STALE_BASE, { code }, [proposal.reference], `${proposal.reference} ${verb} ${code} as it was before the latest release changed it`);
            } else if (earlier.kind === ChangeKind.REMOVE_ENTRY && change.kind === ChangeKind.AMEND_ENTRY) {
              conflict(ConflictKind.AMEND_AFTER_REMOVE, { code }, [earlier.reference, proposal.reference], `${proposal.reference} amends ${code}, which ${earlier.reference} removes`);
            } else if (earlier.kind !== ChangeKind.REMOVE_ENTRY && change.kind === ChangeKind.REMOVE_ENTRY) {
              conflict(ConflictKind.REMOVE_AFTER_AMEND, { code }, [earlier.reference, proposal.reference], `${proposal.reference} removes ${code}, which ${earlier.reference} amends`);
            } else {
              conflict(
                ConflictKind.CONCURRENT_AMENDMENT,
                { code },
                [earlier.reference, proposal.reference],
                `${earlier.reference} and ${proposal.reference} both ${verb.replace(/s$/, '')} ${code} from different versions of it`,
              );
            }
          }
          entries.set(code, change.kind === ChangeKind.AMEND_ENTRY ? change.entry : reserved(current));
          break;
        }
        case ChangeKind.ADD_DEFINITION:
        case ChangeKind.AMEND_DEFINITION:
        case ChangeKind.REMOVE_DEFINITION: {
          const term = change.kind === ChangeKind.ADD_DEFINITION ? change.definition.term : change.term;
          const key = term.toLowerCase();
          const earlier = termTouches.get(key);
          if (earlier) {
            conflict(ConflictKind.CONCURRENT_DEFINITION_CHANGE, { term }, [earlier.reference, proposal.reference], `"${term}" is changed by ${earlier.reference} and by ${proposal.reference}`);
          } else if (change.kind === ChangeKind.ADD_DEFINITION && definitions.has(key)) {
            conflict(ConflictKind.CONCURRENT_DEFINITION_CHANGE, { term }, [proposal.reference], `${proposal.reference} adds "${term}", which is already defined`);
          } else if (change.kind !== ChangeKind.ADD_DEFINITION && !definitions.has(key)) {
            conflict(ConflictKind.MISSING_DEFINITION, { term }, [proposal.reference], `${proposal.reference} changes "${term}", which is not defined`);
          }
          if (change.kind === ChangeKind.REMOVE_DEFINITION) {
            definitions.delete(key);
            removedTerms.add(key);
          } else {
            definitions.set(key, change.definition);
            removedTerms.delete(key);
          }
          termTouches.set(key, { reference: proposal.reference, kind: change.kind });
          touch(`term:${term}`, proposal.id);
          continue;
        }
      }
      const code = 'code' in change ? change.code : change.entry.code;
      entryTouches.set(code, { reference: proposal.reference, kind: change.kind });
      changedEntries.add(code);
      touch(`entry:${code}`, proposal.id);
    }
  }

  const result = [...entries.values()].sort((a, b) => a.code.localeCompare(b.code));
  // Only what this draft introduces is its doing: the imported baseline uses terms its source defines elsewhere (the
  // CCL's part 772). The same rule gives drafting its warnings (undefinedTermsIntroduced).
  const baseEntries = new Map(base.entries.map((entry) => [entry.code, entry]));
  const isDefined = (term: string) => definitions.has(term.toLowerCase());
  for (const entry of result) {
    if (entry.status !== 'ACTIVE') continue;
    const introduced = changedEntries.has(entry.code) ? undefinedTermsIntroduced(baseEntries.get(entry.code), entry, isDefined) : [];
    const orphaned = termsUsedBy(entry).filter((term) => removedTerms.has(term.toLowerCase()) && !isDefined(term));
    for (const term of new Set([...introduced, ...orphaned])) {
      const involved = [entryTouches.get(entry.code)?.reference, termTouches.get(term.toLowerCase())?.reference].filter((reference): reference is string => !!reference);
      conflict(ConflictKind.UNDEFINED_TERM, { code: entry.code, term }, involved, `${entry.code} uses “${term}”, which the resulting list does not define`);
    }
  }
  return { entries: result, definitions: [...definitions.values()], conflicts, touchedBy };
}

/** The list's own rules (list-rules.ts), which drafting applied too; they can only fail for a proposal older than a rule. */
function contentProblems(change: Change): string[] {
  const found = 'entry' in change ? entryProblems(change.entry) : 'definition' in change ? definitionProblems(change.definition) : [];
  return found.map((problem) => `${problem.field} ${problem.message}`);
}

/** A removed entry keeps its code and heading, so the code is visibly taken; it controls nothing any more. */
function reserved(entry: ListEntry): ListEntry {
  return { ...entry, status: 'RESERVED', reasons: [], paragraphs: [], relatedControls: { text: null, references: [] }, definitions: [], correlations: [] };
}
