import { classifyEntryChanges, crosswalk, DEFINITION_CHANGE_MEANING } from '@concord/control-list';
import type { ListEntry, ListSelection } from '@concord/control-list';
import { diffLists } from '@concord/releases';
import { EXIT } from '../usage-error';
import { formatMeanings } from './diff-meaning';
import { readListFile } from './list-file';

export interface DiffOptions {
  json?: boolean;
  meaning?: boolean;
  codes?: string;
  categories?: string;
}

/**
 * Entries and definitions ADDED, AMENDED or REMOVED between two local documents: release documents, Concord lists,
 * or either CCL source file (read as `concord import` reads them). With --meaning, what each change does to what is
 * controlled, and the crosswalk of renumbered paths.
 */
export async function diffDocuments(from: string, to: string, options: DiffOptions): Promise<number> {
  const selection = selectionOf(options);
  const changes = diffLists(readListFile(from, selection), readListFile(to, selection));
  if (options.meaning) return printMeanings(changes, options.json === true);
  if (options.json) {
    console.log(JSON.stringify(changes, null, 2));
    return EXIT.OK;
  }
  for (const change of changes) console.log(`${change.kind.padEnd(8)} ${change.code ?? `definition "${change.term}"`}`);
  console.log(`${changes.length} change(s)`);
  return EXIT.OK;
}

function printMeanings(changes: ReturnType<typeof diffLists>, json: boolean): number {
  const sides = changes
    .filter((change) => change.code !== null)
    .map((change) => ({ code: change.code as string, before: change.before as ListEntry | null, after: change.after as ListEntry | null }));
  const meanings = classifyEntryChanges(sides);
  const classified = changes.map((change) => ({
    code: change.code,
    term: change.term,
    kind: change.kind,
    meaning: change.code !== null ? meanings.get(change.code) : DEFINITION_CHANGE_MEANING,
  }));
  const rows = crosswalk(sides);
  console.log(json ? JSON.stringify({ changes: classified, crosswalk: rows }, null, 2) : formatMeanings(classified, rows));
  return EXIT.OK;
}

function selectionOf(options: DiffOptions): ListSelection | undefined {
  const split = (value: string | undefined) => value?.split(',').map((part) => part.trim()).filter(Boolean) ?? [];
  const codes = split(options.codes).map((code) => code.toUpperCase());
  const categories = split(options.categories);
  return codes.length || categories.length ? { codes, categories } : undefined;
}
