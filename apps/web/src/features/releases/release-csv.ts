import { paragraphNumber } from '../list/legal-text';

export interface CsvEntry {
  code: string;
  category: string;
  productGroup: string;
  heading: string;
  status: string;
  reasons: readonly string[];
  paragraphs: readonly { position: number; path: string; kind: string; text: string }[];
}

/** The columns, in order: names a spreadsheet or a licensing system can map without reading the interface's language. */
export const CSV_COLUMNS = ['code', 'category', 'product_group', 'heading', 'status', 'reasons', 'paragraphs'] as const;

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, and its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** An entry's paragraphs in one cell, one a line, numbered as the legal text numbers them; notes keep their kind. */
export function paragraphsCell(paragraphs: CsvEntry['paragraphs']): string {
  return [...paragraphs]
    .sort((a, b) => a.position - b.position)
    .map((p) => (p.kind === 'ITEM' ? `${paragraphNumber(p.path)}. ${p.text}` : `[${p.kind} ${paragraphNumber(p.path)}] ${p.text}`))
    .join('\n');
}

/** One header row, then one row per entry (so the row count is the release's entry count); CRLF between records. */
export function buildReleaseCsv(entries: readonly CsvEntry[]): string {
  const rows = entries.map((e) => [e.code, e.category, e.productGroup, e.heading, e.status, e.reasons.join(' '), paragraphsCell(e.paragraphs)]);
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
