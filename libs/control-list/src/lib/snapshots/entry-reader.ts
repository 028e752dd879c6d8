import { EntityManager } from 'typeorm';
import type { AuthenticTexts, CorrelationRelation, CustomsCorrelation, CustomsScheme, ListEntry, ListParagraph, ParagraphKind, RegimeReference } from '../list-document';

export interface EntryKey {
  releaseId: string;
  code: string;
}

/** What an entry holds besides its own row, each list in released order. */
export interface EntryParts {
  paragraphs: ListParagraph[];
  references: RegimeReference[];
  correlations: CustomsCorrelation[];
}

/** Which snapshot rows to read: those of the given releases, only the given codes' when there are codes. */
export interface EntrySelection {
  releaseIds: readonly string[];
  codes?: readonly string[];
}

/** One entry of one release, as a map key: the reader's, the page loaders' and the kept parts' alike. */
export const entryKeyOf = (releaseId: string, code: string) => `${releaseId}/${code}`;

/**
 * The one reader of the entries' child tables: a whole snapshot, some entries of one release, one entry across
 * releases and a page's batch load all come through here, three queries whatever the number of entries. An entry
 * without rows in a table gets an empty list.
 */
export async function readEntryParts(manager: EntityManager, selection: EntrySelection): Promise<(key: EntryKey) => EntryParts> {
  // One after another: inside a transaction the manager holds a single connection.
  const paragraphs = await children<ListParagraph>(
    manager,
    'release_paragraph',
    `path, kind, text, ${textsOf('release_paragraph_text', 't.entry_code = c.entry_code AND t.position = c.position')} AS texts`,
    selection,
    (row) => ({
      path: row['path'] as string,
      kind: row['kind'] as ParagraphKind,
      text: row['text'] as string,
      // Absent rather than null, so a text-less paragraph reads exactly as it did before there were languages.
      ...(row['texts'] ? { texts: row['texts'] as AuthenticTexts } : {}),
    }),
  );
  const references = await children<RegimeReference>(manager, 'release_reference', 'regime, code', selection, (row) => ({
    regime: row['regime'] as string,
    code: row['code'] as string,
  }));
  const correlations = await children<CustomsCorrelation>(manager, 'release_correlation', 'scheme, code, relation', selection, (row) => ({
    scheme: row['scheme'] as CustomsScheme,
    code: row['code'] as string,
    relation: row['relation'] as CorrelationRelation,
  }));
  return ({ releaseId, code }) => {
    const key = entryKeyOf(releaseId, code);
    return { paragraphs: paragraphs.get(key) ?? [], references: references.get(key) ?? [], correlations: correlations.get(key) ?? [] };
  };
}

/** The selected entries, whole, each release's in released order. */
export async function readEntries(manager: EntityManager, selection: EntrySelection): Promise<{ releaseId: string; entry: ListEntry }[]> {
  const { where, parameters } = selected(selection, 'code');
  const rows = await manager.query<
    {
      release_id: string;
      code: string;
      heading: string;
      status: ListEntry['status'];
      reasons: string[];
      related_controls_text: string | null;
      definitions: string[];
      heading_texts: AuthenticTexts | null;
    }[]
  >(
    `SELECT release_id, code, heading, status, reasons, related_controls_text, definitions,
       ${textsOf('release_heading_text', 't.entry_code = c.code')} AS heading_texts
     FROM release_entry c WHERE ${where} ORDER BY release_id, position`,
    parameters,
  );
  const partsOf = await readEntryParts(manager, selection);
  return rows.map((row) => {
    const parts = partsOf({ releaseId: row.release_id, code: row.code });
    return {
      releaseId: row.release_id,
      entry: {
        code: row.code,
        heading: row.heading,
        ...(row.heading_texts ? { headingTexts: row.heading_texts } : {}),
        status: row.status,
        reasons: row.reasons,
        paragraphs: parts.paragraphs,
        relatedControls: { text: row.related_controls_text, references: parts.references },
        definitions: row.definitions,
        correlations: parts.correlations,
      },
    };
  });
}

/**
 * A correlated subquery giving a row's authentic texts as the list format holds them ({ fr: { text, sourceDigest } }),
 * or null: the texts come with the rows they belong to, in the same statement.
 */
export function textsOf(table: string, match: string): string {
  return `(SELECT jsonb_object_agg(t.language, jsonb_build_object('text', t.text, 'sourceDigest', t.source_digest) ORDER BY t.language)
    FROM ${table} t WHERE t.release_id = c.release_id AND ${match})`;
}

function selected({ releaseIds, codes }: EntrySelection, codeColumn: string): { where: string; parameters: unknown[] } {
  return codes
    ? { where: `release_id = ANY($1::uuid[]) AND ${codeColumn} = ANY($2::text[])`, parameters: [[...releaseIds], [...codes]] }
    : { where: 'release_id = ANY($1::uuid[])', parameters: [[...releaseIds]] };
}

type ChildRow = Record<string, unknown> & { release_id: string; entry_code: string };

/** Each row becomes its child through `toChild`, a literal of the child's own fields: a whole snapshot is many rows. */
async function children<T>(
  manager: EntityManager,
  table: string,
  columns: string,
  selection: EntrySelection,
  toChild: (row: ChildRow) => T,
): Promise<Map<string, T[]>> {
  const { where, parameters } = selected(selection, 'entry_code');
  const rows = await manager.query<ChildRow[]>(
    `SELECT release_id, entry_code, ${columns} FROM ${table} c WHERE ${where} ORDER BY release_id, entry_code, position`,
    parameters,
  );
  const byEntry = new Map<string, T[]>();
  for (const row of rows) {
    const key = entryKeyOf(row.release_id, row.entry_code);
    const list = byEntry.get(key);
    if (list) list.push(toChild(row));
    else byEntry.set(key, [toChild(row)]);
  }
  return byEntry;
}
