import type { DefectKind, ListEntry, ParsedList } from '../list-document';
import { definitionProblems, entryProblems, ListProblem } from '../list-rules';
import { DefectLog, tally } from './defect-log';

const ELEMENT = /^(paragraphs|references|correlations|definitions|reasons)\[(\d+)\]/;

/**
 * Applies the list's rules (list-rules.ts), the same ones drafting and publication apply, to what a parser read:
 * an element that breaks one (a paragraph, a reference, a correlation, a listed term) is left out and reported; an
 * entry whose own fields break one is not written. So an imported entry can always be amended and removed later.
 */
export function screenList(parsed: ParsedList): ParsedList {
  const log = new DefectLog();
  log.defects.push(...parsed.defects);
  let paragraphsDropped = 0;
  const entries: ListEntry[] = [];
  for (const read of parsed.document.entries) {
    const screened = screenEntry(read, log);
    if (screened) {
      entries.push(screened);
      paragraphsDropped += read.paragraphs.length - screened.paragraphs.length;
    } else {
      paragraphsDropped += read.paragraphs.length;
    }
  }
  const definitions = parsed.document.definitions.filter((definition, index) => {
    const problems = definitionProblems(definition);
    for (const problem of problems) {
      log.add('INVALID_VALUE', `definitions[${index}] "${definition.term}"`, `${problem.field}: ${problem.message}; not written`, 'DEFINITION');
    }
    return problems.length === 0;
  });
  const { counts } = parsed;
  return {
    document: { ...parsed.document, entries, definitions },
    defects: log.defects,
    counts: {
      entries: tally(counts.entries.read, entries.length),
      paragraphs: tally(counts.paragraphs.read, counts.paragraphs.written - paragraphsDropped),
      definitions: tally(counts.definitions.read, definitions.length),
    },
  };
}

/** Drops offending elements until the entry is clean (a dropped item can orphan the note below it), or rejects it. */
function screenEntry(read: ListEntry, log: DefectLog): ListEntry | undefined {
  let entry = read;
  for (let problems = entryProblems(entry); problems.length; problems = entryProblems(entry)) {
    const ownField = problems.find((problem) => !ELEMENT.test(problem.field));
    if (ownField) {
      log.add('INVALID_VALUE', entry.code, `${ownField.field || 'entry'}: ${ownField.message}; entry not written (${entry.paragraphs.length} paragraphs rejected with it)`, 'ENTRY');
      return undefined;
    }
    entry = withoutElements(entry, problems, log);
  }
  return entry;
}

function withoutElements(entry: ListEntry, problems: readonly ListProblem[], log: DefectLog): ListEntry {
  const dropped = new Map<string, Set<number>>();
  for (const problem of problems) {
    const [, list, index] = ELEMENT.exec(problem.field)!;
    if (dropped.get(list)?.has(Number(index))) continue;
    dropped.set(list, (dropped.get(list) ?? new Set()).add(Number(index)));
    const { kind, rejected } = DEFECTS[list as keyof typeof DEFECTS](problem);
    log.add(kind, `${entry.code} ${problem.field.replace(/\..*$/, '')}`, `${problem.message}; left out`, rejected);
  }
  const keep = <T>(list: string, items: readonly T[]) => items.filter((_, index) => !dropped.get(list)?.has(index));
  return {
    ...entry,
    reasons: keep('reasons', entry.reasons),
    paragraphs: keep('paragraphs', entry.paragraphs),
    relatedControls: { ...entry.relatedControls, references: keep('references', entry.relatedControls.references) },
    definitions: keep('definitions', entry.definitions),
    correlations: keep('correlations', entry.correlations),
  };
}

const DEFECTS: Record<string, (problem: ListProblem) => { kind: DefectKind; rejected: 'PARAGRAPH' | 'NONE' }> = {
  paragraphs: (problem) => ({ kind: problem.field.endsWith('.path') ? 'MALFORMED_PATH' : 'INVALID_VALUE', rejected: 'PARAGRAPH' }),
  references: () => ({ kind: 'INVALID_VALUE', rejected: 'NONE' }),
  correlations: () => ({ kind: 'INVALID_VALUE', rejected: 'NONE' }),
  definitions: (problem) => ({ kind: /twice/.test(problem.message) ? 'DUPLICATE_DEFINITION' : 'INVALID_VALUE', rejected: 'NONE' }),
  reasons: () => ({ kind: 'UNKNOWN_REASON', rejected: 'NONE' }),
};
