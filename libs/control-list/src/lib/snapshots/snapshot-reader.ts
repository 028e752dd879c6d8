import { EntityManager } from 'typeorm';
import { LIST_FORMAT, ListDocument, ListEntry, ParagraphKind, CustomsScheme, CorrelationRelation } from '../list-document';
import { ReleaseEntity } from './release.entity';

type ChildRow = { entry_code: string };

/**
 * A release's snapshot as a document in Concord's format, entries and definitions in their released order. With
 * `codes`, only those entries (and every definition): what a change set needs, without reading the whole list.
 */
export async function readSnapshot(manager: EntityManager, release: ReleaseEntity, codes?: readonly string[]): Promise<ListDocument> {
  const only = codes ? ' AND entry_code = ANY($2::text[])' : '';
  const parameters = codes ? [release.id, [...codes]] : [release.id];
  // One after another: inside a transaction the manager holds a single connection.
  const entries = await manager.query<
      { code: string; heading: string; status: ListEntry['status']; reasons: string[]; related_controls_text: string | null; definitions: string[] }[]
    >(
      `SELECT code, heading, status, reasons, related_controls_text, definitions FROM release_entry
       WHERE release_id = $1${only.replace('entry_code', 'code')} ORDER BY position`,
    parameters,
  );
  const paragraphs = await children<{ path: string; kind: ParagraphKind; text: string }>(manager, 'release_paragraph', 'path, kind, text', only, parameters);
  const references = await children<{ regime: string; code: string }>(manager, 'release_reference', 'regime, code', only, parameters);
  const correlations = await children<{ scheme: CustomsScheme; code: string; relation: CorrelationRelation }>(
    manager,
    'release_correlation',
    'scheme, code, relation',
    only,
    parameters,
  );
  const definitions = await manager.query<{ term: string; text: string }[]>(
    `SELECT term, text FROM release_definition WHERE release_id = $1 ORDER BY position`,
    [release.id],
  );
  return {
    format: LIST_FORMAT,
    version: release.version,
    ...(release.origin ? { source: release.origin } : {}),
    entries: entries.map((row) => ({
      code: row.code,
      heading: row.heading,
      status: row.status,
      reasons: row.reasons,
      paragraphs: paragraphs.get(row.code) ?? [],
      relatedControls: { text: row.related_controls_text, references: references.get(row.code) ?? [] },
      definitions: row.definitions,
      correlations: correlations.get(row.code) ?? [],
    })),
    definitions: definitions.map((row) => ({ term: row.term, text: row.text })),
  };
}

async function children<T>(manager: EntityManager, table: string, columns: string, only: string, parameters: unknown[]): Promise<Map<string, T[]>> {
  const rows = await manager.query<(T & ChildRow)[]>(
    `SELECT entry_code, ${columns} FROM ${table} WHERE release_id = $1${only} ORDER BY entry_code, position`,
    parameters,
  );
  const byEntry = new Map<string, T[]>();
  for (const { entry_code, ...child } of rows) {
    const list = byEntry.get(entry_code) ?? [];
    list.push(child as T);
    byEntry.set(entry_code, list);
  }
  return byEntry;
}
