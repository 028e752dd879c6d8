import { readFileSync } from 'node:fs';
import { detectListFormat, ListDocument, parseList } from '@concord/control-list';
import type { ListSelection } from '@concord/control-list';
import { RELEASE_DOCUMENT_FORMAT, ReleaseDocument } from '@concord/releases';
import { UsageError } from '../usage-error';

/**
 * The list in a local file: a release document (as pulled), a list (concord-list/1), or either CCL source file (read
 * as `concord import` reads them); the version when it has one. A selection keeps only those entries.
 */
export function readListFile(file: string, selection?: ListSelection): Pick<ListDocument, 'version' | 'entries' | 'definitions'> {
  let json: { format?: string; version?: string; list?: ReleaseDocument['list'] } & Partial<Pick<ListDocument, 'entries' | 'definitions'>>;
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
  const version = typeof json.version === 'string' ? json.version : undefined;
  if (!selection) return { version, entries: list.entries, definitions: list.definitions };
  const taken = (code: string) => (selection.codes ?? []).includes(code) || (selection.categories ?? []).includes(code.charAt(0));
  return { version, entries: list.entries.filter((entry) => taken(entry.code)), definitions: list.definitions };
}
