import { EntityManager } from 'typeorm';
import { ListDefinition, ListEntry } from '../list-document';
import { readEntries } from './entry-reader';
import { ReleaseEntity } from './release.entity';

/** What to read of a snapshot. Terms are lower case: definitions are matched whatever the case of their term. */
export interface ExcerptSelection {
  codes: readonly string[];
  /** Definitions to read. */
  terms: readonly string[];
  /** Active entries that may use one of these terms (quoted in their text, or listed among their definitions). */
  entriesUsing: readonly string[];
}

/** The whole snapshot's figures, counted by the database. `definitions` counts terms case-insensitively. */
export interface SnapshotTally {
  entries: number;
  active: number;
  definitions: number;
}

export interface SnapshotExcerpt {
  entries: ListEntry[];
  definitions: ListDefinition[];
}

/**
 * Part of a release's snapshot, each list in released order: what a change set needs without reading the whole list.
 * `entriesUsing` is a text search, so it may bring an entry that only mentions a term unquoted; the caller decides
 * from the entries themselves.
 */
export async function readSnapshotExcerpt(manager: EntityManager, release: ReleaseEntity, selection: ExcerptSelection): Promise<SnapshotExcerpt> {
  const users = selection.entriesUsing.length ? await codesUsing(manager, release, selection.entriesUsing) : [];
  // One after another: inside a transaction the manager holds a single connection.
  const entries = await readEntries(manager, { releaseIds: [release.id], codes: [...new Set([...selection.codes, ...users])] });
  const definitions = await manager.query<ListDefinition[]>(
    `SELECT term, text FROM release_definition WHERE release_id = $1 AND lower(term) = ANY($2::text[]) ORDER BY position`,
    [release.id, [...selection.terms]],
  );
  return { entries: entries.map(({ entry }) => entry), definitions: definitions.map(({ term, text }) => ({ term, text })) };
}

/** A scan of the whole snapshot: a caller asking often keeps the figures of a released (immutable) snapshot. */
export async function readSnapshotTally(manager: EntityManager, release: ReleaseEntity): Promise<SnapshotTally> {
  const [tally] = await manager.query<SnapshotTally[]>(
    `SELECT count(*)::int AS entries, (count(*) FILTER (WHERE status = 'ACTIVE'))::int AS active,
       (SELECT count(DISTINCT lower(term))::int FROM release_definition WHERE release_id = $1) AS definitions
     FROM release_entry WHERE release_id = $1`,
    [release.id],
  );
  return tally;
}

/** Quoted terms are substrings of the heading or of the paragraphs (body), whatever else their quoting does to them. */
async function codesUsing(manager: EntityManager, release: ReleaseEntity, terms: readonly string[]): Promise<string[]> {
  const rows = await manager.query<{ code: string }[]>(
    `SELECT code FROM release_entry
     WHERE release_id = $1 AND status = 'ACTIVE' AND EXISTS (
       SELECT 1 FROM unnest($2::text[]) AS term
       WHERE strpos(lower(heading), term) > 0 OR strpos(lower(body), term) > 0 OR term = ANY(SELECT lower(used) FROM unnest(definitions) AS used)
     )`,
    [release.id, [...terms]],
  );
  return rows.map((row) => row.code);
}
