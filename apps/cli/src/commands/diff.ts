import { readFileSync } from 'node:fs';
import { ListDocument } from '@concord/control-list';
import { diffLists, RELEASE_DOCUMENT_FORMAT, ReleaseDocument } from '@concord/releases';
import { EXIT, UsageError } from '../usage-error';

/** Entries and definitions ADDED, AMENDED or REMOVED between two local documents (release documents or lists). */
export async function diffDocuments(from: string, to: string, options: { json?: boolean }): Promise<number> {
  const changes = diffLists(readList(from), readList(to));
  if (options.json) {
    console.log(JSON.stringify(changes, null, 2));
    return EXIT.OK;
  }
  for (const change of changes) console.log(`${change.kind.padEnd(8)} ${change.code ?? `definition "${change.term}"`}`);
  console.log(`${changes.length} change(s)`);
  return EXIT.OK;
}

function readList(file: string): Pick<ListDocument, 'entries' | 'definitions'> {
  let json: { format?: string; list?: ReleaseDocument['list'] } & Partial<Pick<ListDocument, 'entries' | 'definitions'>>;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const list = json.format === RELEASE_DOCUMENT_FORMAT ? json.list : json;
  if (!Array.isArray(list?.entries) || !Array.isArray(list?.definitions)) {
    throw new UsageError(`${file} is neither a release document (${RELEASE_DOCUMENT_FORMAT}) nor a list (concord-list/1)`);
  }
  return { entries: list.entries, definitions: list.definitions };
}
