import type { EntityManager } from 'typeorm';

/** Bytes of a signed document in one row of an answer. */
const SLICE_BYTES = 4 * 1024 * 1024;

export interface DocumentSlicesQuery {
  /** The statement's columns besides the slice, repeated on each slice's row; may be empty. */
  columns: string;
  /** The tables, release_document aliased `d` among them. */
  from: string;
  where: string;
  parameters: unknown[];
}

/**
 * The statement and parameters that answer a signed document's bytes in slices, one row each, in order (join them with
 * `joinedSlices`): PostgreSQL sends bytea as hex text and node-postgres gathers a message whole before parsing it, so a
 * 28 MB document in one row (20,000 entries) was a 56 MB message in a doubling buffer, then its text, then its bytes:
 * ~200 MB at once, for one read.
 */
export function documentSlicesQuery(query: DocumentSlicesQuery): [string, unknown[]] {
  const columns = query.columns ? `${query.columns}, ` : '';
  const size = `$${query.parameters.length + 1}`;
  // greatest(…, 1): an empty document is one empty slice, not no row.
  const sql = `SELECT ${columns}substring(d.bytes FROM slice_start FOR ${size}) AS slice
    FROM ${query.from} CROSS JOIN LATERAL generate_series(1, greatest(octet_length(d.bytes), 1), ${size}) AS slice_start
    WHERE ${query.where} ORDER BY slice_start`;
  return [sql, [...query.parameters, SLICE_BYTES]];
}

/** The document the rows of a `documentSlicesQuery` carry; undefined when there were none. */
export function joinedSlices(rows: readonly { slice: Buffer }[]): Buffer | undefined {
  return rows.length ? Buffer.concat(rows.map((row) => row.slice)) : undefined;
}

/**
 * A release's signed document bytes, or undefined when it has none (a draft): one statement for a document of one
 * slice, else a slice a statement into a buffer of its length, so that the slices and their concatenation are never
 * in memory together (a signed document never changes, so the slices are of one document).
 */
export async function readDocumentBytes(db: Pick<EntityManager, 'query'>, releaseId: string): Promise<Buffer | undefined> {
  const [first] = await db.query<{ length: number; slice: Buffer }[]>(
    `SELECT octet_length(bytes) AS length, substring(bytes FROM 1 FOR $2) AS slice FROM release_document WHERE release_id = $1`,
    [releaseId, SLICE_BYTES],
  );
  if (!first) return undefined;
  if (first.length <= SLICE_BYTES) return first.slice;
  const bytes = Buffer.allocUnsafe(first.length);
  first.slice.copy(bytes, 0);
  for (let offset = SLICE_BYTES; offset < first.length; offset += SLICE_BYTES) {
    const [next] = await db.query<{ slice: Buffer }[]>(`SELECT substring(bytes FROM $2 FOR $3) AS slice FROM release_document WHERE release_id = $1`, [
      releaseId,
      offset + 1,
      SLICE_BYTES,
    ]);
    next.slice.copy(bytes, offset);
  }
  return bytes;
}
