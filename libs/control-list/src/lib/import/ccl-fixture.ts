import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The repository's own copy (see its PROVENANCE.md); tests never read the shared data directory.
const CCL_FILE = join(__dirname, '../../../../../db/seeds/data/us-ccl-2026-07-23/ccl.json');

let cached: unknown;
export function realCclJson(): unknown {
  cached ??= JSON.parse(readFileSync(CCL_FILE, 'utf8'));
  return structuredClone(cached);
}
