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

/** A release's signed document bytes, or undefined when it has none (a draft). */
export async function readDocumentBytes(db: Pick<EntityManager, 'query'>, releaseId: string): Promise<Buffer | undefined> {
  const rows = await db.query<{ slice: Buffer }[]>(...documentSlicesQuery({ columns: '', from: 'release_document d', where: 'd.release_id = $1', parameters: [releaseId] }));
  return joinedSlices(rows);
}
