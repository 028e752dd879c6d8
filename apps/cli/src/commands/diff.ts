import { diffLists } from '@concord/releases';
import { EXIT } from '../usage-error';
import { readListFile } from './list-file';

/** Entries and definitions ADDED, AMENDED or REMOVED between two local documents (release documents or lists). */
export async function diffDocuments(from: string, to: string, options: { json?: boolean }): Promise<number> {
  const changes = diffLists(readListFile(from), readListFile(to));
  if (options.json) {
    console.log(JSON.stringify(changes, null, 2));
    return EXIT.OK;
  }
  for (const change of changes) console.log(`${change.kind.padEnd(8)} ${change.code ?? `definition "${change.term}"`}`);
  console.log(`${changes.length} change(s)`);
  return EXIT.OK;
}
