import { LIST_FORMAT } from '../list-document';
import type { EntryStatus, ListDocument, ListEntry, ParagraphKind } from '../list-document';
import { formatCsvField, parseCsvRows } from './csv-text';
import type { CsvField } from './csv-text';

/**
 * One row per paragraph (an entry without paragraphs still gets one row, with an empty position). Entry-level
 * columns repeat on every row of the entry; structured parts are JSON in their own columns, and the first row carries
 * the document's version, source and definitions as JSON, so that `fromCsv(toCsv(doc))` is exact.
 */
export const CSV_COLUMNS = [
  'code',
  'heading',
  'status',
  'reasons',
  'paragraph_position',
  'path',
  'kind',
  'text',
  'related_controls',
  'references',
  'definitions',
  'correlations',
  'list_metadata',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Record<Column, string | null>;

const REASON_SEPARATOR = ' ';

export function toCsv(document: ListDocument): string {
  const metadata = JSON.stringify({ version: document.version, source: document.source, definitions: document.definitions });
  const rows: Row[] = [];
  for (const entry of document.entries) {
    const entryColumns = {
      code: entry.code,
      heading: entry.heading,
      status: entry.status,
      reasons: entry.reasons.join(REASON_SEPARATOR),
      related_controls: entry.relatedControls.text,
      references: JSON.stringify(entry.relatedControls.references),
      definitions: JSON.stringify(entry.definitions),
      correlations: JSON.stringify(entry.correlations),
    };
    const paragraphs = entry.paragraphs.length > 0 ? entry.paragraphs : [undefined];
    paragraphs.forEach((paragraph, index) =>
      rows.push({
        ...entryColumns,
        paragraph_position: paragraph ? String(index + 1) : null,
        path: paragraph?.path ?? null,
        kind: paragraph?.kind ?? null,
        text: paragraph?.text ?? null,
        list_metadata: null,
      }),
    );
  }
  if (rows.length === 0) rows.push(Object.fromEntries(CSV_COLUMNS.map((column) => [column, null])) as Row);
  rows[0].list_metadata = metadata;
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((column) => formatCsvField(row[column])).join(','))];
  return lines.join('\r\n') + '\r\n';
}

export function fromCsv(text: string): ListDocument {
  const [header, ...records] = parseCsvRows(text);
  const missing = CSV_COLUMNS.filter((column) => !header?.some((field) => field.value === column));
  if (!header || missing.length > 0) throw new Error(`Not a Concord list CSV: missing columns ${missing.join(', ')}`);
  const indexOf = new Map(header.map((field, index) => [field.value, index]));
  const cell = (record: CsvField[], column: Column): CsvField => record[indexOf.get(column) as number] ?? { value: '', quoted: false };
  const value = (record: CsvField[], column: Column): string => cell(record, column).value;

  const document: ListDocument = { format: LIST_FORMAT, entries: [], definitions: [] };
  let current: ListEntry | undefined;
  records.forEach((record, index) => {
    if (index === 0 && value(record, 'list_metadata') !== '') Object.assign(document, readMetadata(value(record, 'list_metadata')));
    const code = value(record, 'code');
    if (code === '') return;
    const position = value(record, 'paragraph_position');
    if (!current || current.code !== code || position === '' || position === '1') {
      current = readEntry(record, value, cell);
      document.entries.push(current);
    }
    if (position !== '') {
      current.paragraphs.push({ path: value(record, 'path'), kind: value(record, 'kind') as ParagraphKind, text: value(record, 'text') });
    }
  });
  return document;
}

function readMetadata(json: string): Partial<ListDocument> {
  const metadata = JSON.parse(json) as Pick<ListDocument, 'version' | 'source' | 'definitions'>;
  return {
    ...(metadata.version !== undefined ? { version: metadata.version } : {}),
    ...(metadata.source !== undefined ? { source: metadata.source } : {}),
    definitions: metadata.definitions ?? [],
  };
}

function readEntry(
  record: CsvField[],
  value: (record: CsvField[], column: Column) => string,
  cell: (record: CsvField[], column: Column) => CsvField,
): ListEntry {
  const related = cell(record, 'related_controls');
  const reasons = value(record, 'reasons');
  return {
    code: value(record, 'code'),
    heading: value(record, 'heading'),
    status: value(record, 'status') as EntryStatus,
    reasons: reasons === '' ? [] : reasons.split(REASON_SEPARATOR),
    paragraphs: [],
    relatedControls: {
      text: related.value === '' && !related.quoted ? null : related.value,
      references: JSON.parse(value(record, 'references') || '[]'),
    },
    definitions: JSON.parse(value(record, 'definitions') || '[]'),
    correlations: JSON.parse(value(record, 'correlations') || '[]'),
  };
}
