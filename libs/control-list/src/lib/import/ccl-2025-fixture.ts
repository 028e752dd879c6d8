import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The repository's own copy of the mid-2025 snapshot (see its PROVENANCE.md).
const CCL_2025_FILE = join(__dirname, '../../../../../db/seeds/data/us-ccl-2025-07/ccl_parsed_checked.json');

let cached: unknown;
export function realCcl2025Json(): unknown {
  cached ??= JSON.parse(readFileSync(CCL_2025_FILE, 'utf8'));
  return structuredClone(cached);
}
