import type { ListEntry } from '@concord/control-list';
import { badInput, FieldProblem } from '@concord/shared/graphql';
import { BaseList } from './base-list';
import { Change, ChangeKind } from './change';
import { ChangeInput } from './change.input';
import { EntryInput } from './entry.input';
import { entryDigest } from './validate-change-set';
import { ProposalErrorReason } from '../proposal-error-reason';

function toEntry(input: EntryInput): ListEntry {
  return {
    code: input.code.trim(),
    heading: input.heading.trim(),
    status: input.status,
    reasons: [...new Set(input.reasons.map((reason) => reason.trim().toUpperCase()))],
    paragraphs: input.paragraphs.map((p) => ({ path: p.path.trim(), kind: p.kind, text: p.text.trim() })),
    relatedControls: { text: input.relatedControlsText?.trim() || null, references: input.references.map((r) => ({ regime: r.regime, code: r.code })) },
    definitions: [...new Set(input.definitions)],
    correlations: input.correlations.map((c) => ({ scheme: c.scheme, code: c.code, relation: c.relation })),
  };
}

/** Every entry code a change set names: the part of the base release it needs to be checked against. */
export function codesNamedBy(inputs: readonly ChangeInput[]): string[] {
  return [...new Set(inputs.flatMap((input) => [input.code, input.entry?.code].filter((code): code is string => !!code).map((code) => code.trim())))];
}

/**
 * GraphQL has no input unions, so a change arrives as a kind plus the fields that kind needs. Amendments and
 * removals get the digest of the base entry here, from the server's copy, never from the client.
 */
export function toChanges(inputs: readonly ChangeInput[], base: BaseList): Change[] {
  const problems: FieldProblem[] = [];
  const need = (index: number, field: string, value: unknown) => {
    if (value === undefined || value === null) problems.push({ field: `changes[${index}].${field}`, message: `is required for this kind of change` });
    return value !== undefined && value !== null;
  };
  const digestOf = (code: string) => {
    const entry = base.entry(code);
    return entry ? entryDigest(entry) : '';
  };
  const changes = inputs.flatMap((input, index): Change[] => {
    switch (input.kind) {
      case ChangeKind.ADD_ENTRY:
        return need(index, 'entry', input.entry) ? [{ kind: input.kind, entry: toEntry(input.entry!) }] : [];
      case ChangeKind.AMEND_ENTRY:
        return need(index, 'code', input.code) && need(index, 'entry', input.entry)
          ? [{ kind: input.kind, code: input.code!, baseDigest: digestOf(input.code!), entry: toEntry(input.entry!) }]
          : [];
      case ChangeKind.REMOVE_ENTRY:
        return need(index, 'code', input.code) ? [{ kind: input.kind, code: input.code!, baseDigest: digestOf(input.code!) }] : [];
      case ChangeKind.ADD_DEFINITION:
        return need(index, 'definition', input.definition)
          ? [{ kind: input.kind, definition: { term: input.definition!.term.trim(), text: input.definition!.text.trim() } }]
          : [];
      case ChangeKind.AMEND_DEFINITION:
        return need(index, 'term', input.term) && need(index, 'definition', input.definition)
          ? [{ kind: input.kind, term: input.term!, definition: { term: input.definition!.term.trim(), text: input.definition!.text.trim() } }]
          : [];
      case ChangeKind.REMOVE_DEFINITION:
        return need(index, 'term', input.term) ? [{ kind: input.kind, term: input.term! }] : [];
    }
  });
  if (problems.length) throw badInput(`Invalid change set: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, ProposalErrorReason.INVALID_CHANGE_SET, problems);
  return changes;
}
