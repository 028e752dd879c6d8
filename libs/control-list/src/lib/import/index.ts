export { detectListFormat, parseList } from './parse-list';
export type { ListFormat } from './parse-list';
export { toCsv, fromCsv, CSV_COLUMNS } from './list-csv';
export { quotedTerms } from './quoted-terms';
export { relatedReferences } from './related-references';
