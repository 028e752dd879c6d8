import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ListSelection, parseList, ParsedList } from '@concord/control-list';

export const CCL_FILE = join(__dirname, '..', 'db', 'seeds', 'data', 'us-ccl-2026-07-23', 'ccl.json');

/** The real 2026-07-23 CCL (633 ECCNs), parsed by the production parser. */
export function parsedCcl(selection?: ListSelection): ParsedList {
  return parseList(JSON.parse(readFileSync(CCL_FILE, 'utf8')), selection);
}
