import { EntityManager } from 'typeorm';
import { ListDocument, ListEntry } from '@concord/control-list';

export interface KeptCodes {
  document: ListDocument;
  /** Codes of the release in force that the imported list leaves out, now reserved in it. */
  reserved: string[];
}

/**
 * A baseline replaces the whole list, but a code that was ever used stays taken (DESIGN §3): every code of the release
 * in force that the new list leaves out is carried into it as RESERVED, with its heading, so no later proposal can
 * give the code a second meaning and a government's diff shows it removed rather than forgotten.
 */
export async function keepRemovedCodes(manager: EntityManager, latestReleaseId: string | undefined, document: ListDocument): Promise<KeptCodes> {
  if (!latestReleaseId) return { document, reserved: [] };
  const rows: { code: string; heading: string }[] = await manager.query(
    `SELECT code, heading FROM release_entry WHERE release_id = $1 AND NOT (code = ANY($2::text[])) ORDER BY code`,
    [latestReleaseId, document.entries.map((entry) => entry.code)],
  );
  if (!rows.length) return { document, reserved: [] };
  const entries = [...document.entries];
  for (const row of rows) {
    // Sorted lists (every real one) stay sorted; the new entry goes before the first code after it.
    const at = entries.findIndex((entry) => entry.code > row.code);
    entries.splice(at === -1 ? entries.length : at, 0, reservedEntry(row.code, row.heading));
  }
  return { document: { ...document, entries }, reserved: rows.map((row) => row.code) };
}

function reservedEntry(code: string, heading: string): ListEntry {
  return { code, heading, status: 'RESERVED', reasons: [], paragraphs: [], relatedControls: { text: null, references: [] }, definitions: [], correlations: [] };
}
