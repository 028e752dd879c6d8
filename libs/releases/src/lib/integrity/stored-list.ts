import type { EntityManager } from 'typeorm';
import { readSnapshot, ReleaseEntity } from '@concord/control-list';
import { leafHash } from '../documents/merkle-tree';
import { leafBytes } from '../documents/release-merkle';

/** A release's snapshot rows as Merkle leaves: entries in released order, then definitions. */
export interface StoredList {
  leaves: Buffer[];
  codes: string[];
  terms: string[];
}

/** Entries read and hashed at once: the whole list read at once was ~300 MB for a moment at 20,000 entries (issue 16). */
const ENTRIES_PER_READ = 1000;

/** Each entry and definition as the snapshot tables hold it, in its RFC 8785 form, hashed as a leaf. */
export async function readStoredList(manager: EntityManager, release: ReleaseEntity): Promise<StoredList> {
  const positions = (await manager.query<{ code: string }[]>(`SELECT code FROM release_entry WHERE release_id = $1 ORDER BY position`, [release.id])).map(
    (row) => row.code,
  );
  const codes: string[] = [];
  const entryLeaves: Buffer[] = [];
  let definitionLeaves: Buffer[] = [];
  let terms: string[] = [];
  // At least one read: every read carries the whole (short) list of definitions, a list without entries too.
  for (let start = 0; start === 0 || start < positions.length; start += ENTRIES_PER_READ) {
    const slice = await readSnapshot(manager, release, positions.slice(start, start + ENTRIES_PER_READ));
    // In released order; the codes are the ones read, so that they and the leaves agree even if a row went meanwhile.
    for (const entry of slice.entries) {
      codes.push(entry.code);
      entryLeaves.push(leafHash(leafBytes(entry)));
    }
    if (start === 0) {
      definitionLeaves = slice.definitions.map((definition) => leafHash(leafBytes(definition)));
      terms = slice.definitions.map((definition) => definition.term);
    }
  }
  return { leaves: [...entryLeaves, ...definitionLeaves], codes, terms };
}
