import { createHash } from 'node:crypto';
import {
  entryCodeOfPath,
  isEntryCode,
  isKnownReason,
  isParagraphPath,
  ListEntry,
  quotedTerms,
  stableJson,
} from '@concord/control-list';
import type { FieldProblem } from '@concord/shared/graphql';
import { BaseList } from './base-list';
import { Change, ChangeKind } from './change';

export const MAX_CHANGES = 50;

export interface ChangeSetVerdict {
  /** Each one refuses the change set (BAD_USER_INPUT). */
  problems: FieldProblem[];
  /** Reported on the proposal, not refused: quoted terms that resolve to no definition. */
  warnings: string[];
}

/** The digest an amendment carries: SHA-256 of the entry's stable JSON. */
export function entryDigest(entry: ListEntry): string {
  return createHash('sha256').update(stableJson(entry)).digest('hex');
}

/**
 * Checks a change set against the release it was drafted against (DESIGN §4): amendments and removals name an
 * existing ACTIVE code; additions never reuse a code, not even a RESERVED one (a removed code is never reused);
 * codes and paragraph paths follow the grammar; one change per code or term.
 */
export function validateChangeSet(changes: readonly Change[], base: BaseList): ChangeSetVerdict {
  const problems: FieldProblem[] = [];
  const warnings = new Set<string>();
  const problem = (index: number, field: string, message: string) => problems.push({ field: `changes[${index}].${field}`, message });
  const seenCodes = new Set<string>();
  const seenTerms = new Set<string>();
  const addedTerms = new Set(
    changes.flatMap((change) => (change.kind === ChangeKind.ADD_DEFINITION ? [change.definition.term.toLowerCase()] : [])),
  );

  if (changes.length === 0) problems.push({ field: 'changes', message: 'a proposal changes at least one entry or definition' });
  if (changes.length > MAX_CHANGES) problems.push({ field: 'changes', message: `at most ${MAX_CHANGES} changes per proposal` });

  changes.forEach((change, index) => {
    const code = 'code' in change ? change.code : 'entry' in change ? change.entry.code : undefined;
    if (code !== undefined) {
      if (seenCodes.has(code)) problem(index, 'code', `${code} is changed twice in this proposal`);
      seenCodes.add(code);
    }
    const term = 'term' in change ? change.term : 'definition' in change ? change.definition.term : undefined;
    if (term !== undefined) {
      if (seenTerms.has(term.toLowerCase())) problem(index, 'term', `"${term}" is changed twice in this proposal`);
      seenTerms.add(term.toLowerCase());
    }

    switch (change.kind) {
      case ChangeKind.ADD_ENTRY: {
        const existing = base.entry(change.entry.code);
        if (existing?.status === 'RESERVED') problem(index, 'entry.code', `${change.entry.code} is reserved: a removed code is never reused`);
        else if (existing) problem(index, 'entry.code', `${change.entry.code} already exists; amend it instead`);
        checkEntry(change.entry, index, problem);
        break;
      }
      case ChangeKind.AMEND_ENTRY:
      case ChangeKind.REMOVE_ENTRY: {
        const existing = base.entry(change.code);
        if (!existing) problem(index, 'code', `${change.code} is not in the base release`);
        else if (existing.status !== 'ACTIVE') problem(index, 'code', `${change.code} is ${existing.status.toLowerCase()}, not active`);
        if (change.kind === ChangeKind.AMEND_ENTRY) {
          if (change.entry.code !== change.code) problem(index, 'entry.code', 'an amendment keeps the code it amends');
          checkEntry(change.entry, index, problem);
        }
        break;
      }
      case ChangeKind.ADD_DEFINITION:
        if (base.definition(change.definition.term)) problem(index, 'definition.term', `"${change.definition.term}" is already defined`);
        checkDefinition(change.definition.term, change.definition.text, index, problem);
        break;
      case ChangeKind.AMEND_DEFINITION:
      case ChangeKind.REMOVE_DEFINITION:
        if (!base.definition(change.term)) problem(index, 'term', `"${change.term}" is not defined in the base release`);
        if (change.kind === ChangeKind.AMEND_DEFINITION) checkDefinition(change.definition.term, change.definition.text, index, problem);
        break;
    }

    if ('entry' in change) {
      const texts = [change.entry.heading, ...change.entry.paragraphs.map((paragraph) => paragraph.text)];
      for (const quoted of quotedTerms(texts)) {
        if (!base.definition(quoted) && !addedTerms.has(quoted.toLowerCase())) {
          warnings.add(`${change.entry.code}: “${quoted}” resolves to no definition`);
        }
      }
    }
  });
  return { problems, warnings: [...warnings] };
}

function checkEntry(entry: ListEntry, index: number, problem: (index: number, field: string, message: string) => void): void {
  if (!isEntryCode(entry.code)) problem(index, 'entry.code', `${entry.code} is not a control-list code such as 4A005`);
  if (!entry.heading.trim()) problem(index, 'entry.heading', 'an entry has a heading');
  entry.reasons.forEach((reason, r) => {
    if (!isKnownReason(reason)) problem(index, `entry.reasons[${r}]`, `${reason} is not a known reason for control`);
  });
  entry.paragraphs.forEach((paragraph, p) => {
    // A note before the first item belongs to the entry itself and carries the bare code.
    const entryNote = paragraph.path === entry.code && paragraph.kind !== 'ITEM';
    if (!entryNote && (!isParagraphPath(paragraph.path) || entryCodeOfPath(paragraph.path) !== entry.code)) {
      problem(index, `entry.paragraphs[${p}].path`, `${paragraph.path} is not a paragraph path of ${entry.code} (e.g. ${entry.code}.a.1)`);
    }
    if (!paragraph.text.trim()) problem(index, `entry.paragraphs[${p}].text`, 'a paragraph has text');
  });
}

function checkDefinition(term: string, text: string, index: number, problem: (index: number, field: string, message: string) => void): void {
  if (!term.trim()) problem(index, 'definition.term', 'a definition has a term');
  if (!text.trim()) problem(index, 'definition.text', 'a definition has text');
}
