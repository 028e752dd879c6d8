import { readFileSync } from 'node:fs';
import { ListDocument } from '@concord/control-list';
import { RELEASE_DOCUMENT_FORMAT, ReleaseDocument } from '@concord/releases';
import { UsageError } from '../usage-error';

/** The list in a local file: a release document (as pulled) or a list (concord-list/1); the version when it has one. */
export function readListFile(file: string): Pick<ListDocument, 'version' | 'entries' | 'definitions'> {
  let json: { format?: string; version?: string; list?: ReleaseDocument['list'] } & Partial<Pick<ListDocument, 'entries' | 'definitions'>>;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const list = json.format === RELEASE_DOCUMENT_FORMAT ? json.list : json;
  if (!Array.isArray(list?.entries) || !Array.isArray(list?.definitions)) {
    throw new UsageError(`${file} is neither a release document (${RELEASE_DOCUMENT_FORMAT}) nor a list (concord-list/1)`);
  }
  return { version: typeof json.version === 'string' ? json.version : undefined, entries: list.entries, definitions: list.definitions };
}
