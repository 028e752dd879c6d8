import { EntityManager } from 'typeorm';
import type { AuthenticTexts, ListDocument, ListEntry } from '@concord/control-list';

export interface SnapshotCounts {
  entries: number;
  paragraphs: number;
  references: number;
  correlations: number;
  definitions: number;
}

export type SnapshotProgress = (written: SnapshotCounts, total: { entries: number; paragraphs: number }) => void;

/** Entries per round trip (and per progress line): each table gets one multi-row INSERT per chunk. */
const CHUNK = 100;

/**
 * Writes a document's entries and definitions as the snapshot of a draft release. Rows go in as one JSON parameter
 * per table and chunk (jsonb_to_recordset), which keeps far below PostgreSQL's bind-parameter limit at any size.
 */
export async function writeSnapshot(
  manager: EntityManager,
  releaseId: string,
  document: Pick<ListDocument, 'entries' | 'definitions'>,
  onProgress?: SnapshotProgress,
): Promise<SnapshotCounts> {
  const written: SnapshotCounts = { entries: 0, paragraphs: 0, references: 0, correlations: 0, definitions: 0 };
  const total = { entries: document.entries.length, paragraphs: document.entries.reduce((n, e) => n + e.paragraphs.length, 0) };
  for (let start = 0; start < document.entries.length; start += CHUNK) {
    const chunk = document.entries.slice(start, start + CHUNK);
    await insertEntries(manager, releaseId, chunk, start);
    written.entries += chunk.length;
    written.paragraphs += await insertChildren(manager, 'release_paragraph', releaseId, chunk, (entry) => entry.paragraphs.map(({ texts: _texts, ...paragraph }) => paragraph), {
      path: 'text',
      kind: 'text',
      text: 'text',
    });
    written.references += await insertChildren(
      manager,
      'release_reference',
      releaseId,
      chunk,
      (entry) => entry.relatedControls.references,
      { regime: 'text', code: 'text' },
    );
    written.correlations += await insertChildren(manager, 'release_correlation', releaseId, chunk, (entry) => entry.correlations, {
      scheme: 'text',
      code: 'text',
      relation: 'text',
    });
    await insertTexts(
      manager,
      'release_paragraph_text',
      'entry_code text, position integer',
      releaseId,
      chunk.flatMap((entry) => entry.paragraphs.flatMap((paragraph, position) => textRows(paragraph.texts, { entry_code: entry.code, position }))),
    );
    await insertTexts(manager, 'release_heading_text', 'entry_code text', releaseId, chunk.flatMap((entry) => textRows(entry.headingTexts, { entry_code: entry.code })));
    onProgress?.({ ...written }, total);
  }
  if (document.definitions.length) {
    await manager.query(
      `INSERT INTO release_definition (release_id, term, position, text)
       SELECT $1, r.term, r.position, r.text FROM jsonb_to_recordset($2::jsonb) AS r(term text, position integer, text text)`,
      [releaseId, JSON.stringify(document.definitions.map((definition, position) => ({ ...definition, position })))],
    );
    written.definitions = document.definitions.length;
    await insertTexts(manager, 'release_definition_text', 'term text', releaseId, document.definitions.flatMap((definition) => textRows(definition.texts, { term: definition.term })));
  }
  return written;
}

async function insertEntries(manager: EntityManager, releaseId: string, entries: ListEntry[], offset: number): Promise<void> {
  const rows = entries.map((entry, index) => ({
    code: entry.code,
    position: offset + index,
    heading: entry.heading,
    status: entry.status,
    reasons: entry.reasons,
    related_controls_text: entry.relatedControls.text,
    definitions: entry.definitions,
    body: entry.paragraphs.map((paragraph) => paragraph.text).join('\n'),
  }));
  await manager.query(
    `INSERT INTO release_entry (release_id, code, position, heading, status, reasons, related_controls_text, definitions, body)
     SELECT $1, r.code, r.position, r.heading, r.status, r.reasons, r.related_controls_text, r.definitions, r.body
     FROM jsonb_to_recordset($2::jsonb) AS r(code text, position integer, heading text, status text, reasons text[],
       related_controls_text text, definitions text[], body text)`,
    [releaseId, JSON.stringify(rows)],
  );
}

/** Inserts the ordered children of each entry (paragraphs, references, correlations); returns how many. */
async function insertChildren<T extends object>(
  manager: EntityManager,
  table: string,
  releaseId: string,
  entries: ListEntry[],
  childrenOf: (entry: ListEntry) => T[],
  columns: Record<keyof T & string, 'text'>,
): Promise<number> {
  const rows = entries.flatMap((entry) =>
    childrenOf(entry).map((child, position) => ({ ...child, entry_code: entry.code, position })),
  );
  if (!rows.length) return 0;
  const names = Object.keys(columns);
  await manager.query(
    `INSERT INTO ${table} (release_id, entry_code, position, ${names.join(', ')})
     SELECT $1, r.entry_code, r.position, ${names.map((name) => `r.${name}`).join(', ')}
     FROM jsonb_to_recordset($2::jsonb) AS r(entry_code text, position integer, ${names.map((name) => `${name} text`).join(', ')})`,
    [releaseId, JSON.stringify(rows)],
  );
  return rows.length;
}

function textRows<K extends object>(texts: AuthenticTexts | undefined, key: K): (K & { language: string; text: string; source_digest: string })[] {
  return Object.entries(texts ?? {}).map(([language, { text, sourceDigest }]) => ({ ...key, language, text, source_digest: sourceDigest }));
}

/** A snapshot's authentic texts in other languages; `keyColumns` name the row they belong to, as a recordset declares them. */
async function insertTexts(manager: EntityManager, table: string, keyColumns: string, releaseId: string, rows: object[]): Promise<void> {
  if (!rows.length) return;
  const keys = keyColumns.split(', ').map((column) => column.split(' ')[0]);
  await manager.query(
    `INSERT INTO ${table} (release_id, ${keys.join(', ')}, language, text, source_digest)
     SELECT $1, ${keys.map((key) => `r.${key}`).join(', ')}, r.language, r.text, r.source_digest
     FROM jsonb_to_recordset($2::jsonb) AS r(${keyColumns}, language text, text text, source_digest text)`,
    [releaseId, JSON.stringify(rows)],
  );
}
