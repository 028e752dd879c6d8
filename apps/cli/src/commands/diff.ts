import { readFileSync } from 'node:fs';
import { classifyEntryChanges, crosswalk, DEFINITION_CHANGE_MEANING, detectListFormat, ListDocument, parseList } from '@concord/control-list';
import type { ListEntry, ListSelection } from '@concord/control-list';
import { diffLists, RELEASE_DOCUMENT_FORMAT, ReleaseDocument } from '@concord/releases';
import { EXIT, UsageError } from '../usage-error';
import { formatMeanings } from './diff-meaning';

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
  const changes = diffLists(readList(from, selection), readList(to, selection));
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

function readList(file: string, selection: ListSelection | undefined): Pick<ListDocument, 'entries' | 'definitions'> {
  let json: { format?: string; list?: ReleaseDocument['list'] } & Partial<Pick<ListDocument, 'entries' | 'definitions'>>;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const format = detectListFormat(json);
  if (format === 'ecfr-ccl' || format === 'ccl-markdown') return parseList(json, selection).document;
  const list = json.format === RELEASE_DOCUMENT_FORMAT ? json.list : json;
  if (!Array.isArray(list?.entries) || !Array.isArray(list?.definitions)) {
    throw new UsageError(`${file} is neither a release document (${RELEASE_DOCUMENT_FORMAT}), a list (concord-list/1) nor a CCL source file`);
  }
  if (!selection) return { entries: list.entries, definitions: list.definitions };
  const taken = (code: string) => (selection.codes ?? []).includes(code) || (selection.categories ?? []).includes(code.charAt(0));
  return { entries: list.entries.filter((entry) => taken(entry.code)), definitions: list.definitions };
}
