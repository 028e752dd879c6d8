import { authenticTextsOf, ListDefinition, ListEntry } from '@concord/control-list';
import { badInput, FieldProblem } from '@concord/shared/graphql';
import { BaseList } from './base-list';
import { Change, ChangeKind } from './change';
import { ChangeInput } from './change.input';
import { DefinitionInput } from './definition.input';
import { EntryInput } from './entry.input';
import { entryDigest } from './validate-change-set';
import { ProposalErrorReason } from '../proposal-error-reason';

// Authentic texts in other languages render the English they arrive with: their source digests are the server's.
function toEntry(input: EntryInput): ListEntry {
  const heading = input.heading.trim();
  const headingTexts = authenticTextsOf(input.headingTexts ?? [], heading);
  return {
    code: input.code.trim(),
    heading,
    ...(headingTexts ? { headingTexts } : {}),
    status: input.status,
    reasons: [...new Set(input.reasons.map((reason) => reason.trim().toUpperCase()))],
    paragraphs: input.paragraphs.map((p) => {
      const texts = authenticTextsOf(p.texts ?? [], p.text.trim());
      return { path: p.path.trim(), kind: p.kind, text: p.text.trim(), ...(texts ? { texts } : {}) };
    }),
    relatedControls: { text: input.relatedControlsText?.trim() || null, references: input.references.map((r) => ({ regime: r.regime, code: r.code })) },
    definitions: [...new Set(input.definitions)],
    correlations: input.correlations.map((c) => ({ scheme: c.scheme, code: c.code, relation: c.relation })),
  };
}

function toDefinition(input: DefinitionInput): ListDefinition {
  const text = input.text.trim();
  const texts = authenticTextsOf(input.texts ?? [], text);
  return { term: input.term.trim(), text, ...(texts ? { texts } : {}) };
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
          ? [{ kind: input.kind, definition: toDefinition(input.definition!) }]
          : [];
      case ChangeKind.AMEND_DEFINITION:
        return need(index, 'term', input.term) && need(index, 'definition', input.definition)
          ? [{ kind: input.kind, term: input.term!, definition: toDefinition(input.definition!) }]
          : [];
      case ChangeKind.REMOVE_DEFINITION:
        return need(index, 'term', input.term) ? [{ kind: input.kind, term: input.term! }] : [];
    }
  });
  if (problems.length) throw badInput(`Invalid change set: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, ProposalErrorReason.INVALID_CHANGE_SET, problems);
  return changes;
}
