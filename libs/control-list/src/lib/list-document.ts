/**
 * Concord's own list format: one version of the control list as plain data. It is what `concord import` reads
 * (besides the eCFR-derived CCL JSON), what `concord export` writes, and what a release snapshot holds.
 * Documented for integrators by `libs/control-list/schema/concord-list.schema.json`.
 */
export const LIST_FORMAT = 'concord-list/1' as const;

export type EntryStatus = 'ACTIVE' | 'RESERVED';
export type ParagraphKind = 'ITEM' | 'NOTE' | 'TECHNICAL_NOTE' | 'NB' | 'DECONTROL_NOTE';
export type CustomsScheme = 'HS2022' | 'CN';
export type CorrelationRelation = 'SAME' | 'BROADER' | 'NARROWER' | 'PARTIAL';

export interface ListParagraph {
  /** `5A001.j.1.a` for an ITEM; a note carries the path of the paragraph it belongs to (the one above it). */
  path: string;
  kind: ParagraphKind;
  /** English, the language every release is authentic in. */
  text: string;
  /** Authentic texts in the release's other languages; absent when there are none, so older digests stand. */
  texts?: AuthenticTexts;
}

/** A text agreed as authentic in one language, and the English text it renders (`textDigest`), so it can go stale. */
export interface AuthenticText {
  text: string;
  sourceDigest: string;
}

/** By language code (`fr`, `ja`), never `en`. */
export type AuthenticTexts = Record<string, AuthenticText>;

export interface RegimeReference {
  /** WA, EU, US-CCL, … */
  regime: string;
  code: string;
}

export interface CustomsCorrelation {
  scheme: CustomsScheme;
  code: string;
  relation: CorrelationRelation;
}

export interface ListEntry {
  /** Category digit, product group A–E, three digits: `4A005`. */
  code: string;
  heading: string;
  headingTexts?: AuthenticTexts;
  status: EntryStatus;
  /** Reason-for-control codes, upper case, in source order without duplicates: HR, NS, AT, CC, SL, … */
  reasons: string[];
  /** In document order. */
  paragraphs: ListParagraph[];
  relatedControls: { text: string | null; references: RegimeReference[] };
  /** Terms of the list's definitions that this entry uses (quoted terms in its text). */
  definitions: string[];
  correlations: CustomsCorrelation[];
}

export interface ListDefinition {
  term: string;
  text: string;
  texts?: AuthenticTexts;
}

export interface ListSource {
  /** Human description, e.g. "US CCL, eCFR issue 2026-07-23". */
  description: string;
  url?: string;
  /** ISO date of the source's own issue. */
  issued?: string;
}

export interface ListDocument {
  format: typeof LIST_FORMAT;
  /** The release version this document is (`2026.0`), when it is one. */
  version?: string;
  source?: ListSource;
  /** The authentic languages, `en` first; absent for an English-only list. */
  languages?: string[];
  entries: ListEntry[];
  definitions: ListDefinition[];
}

/** Which part of a source to import. Empty selection: everything. */
export interface ListSelection {
  /** Exact entry codes, e.g. `5A001`. */
  codes?: string[];
  /** Category digits, e.g. `4`, `5`. */
  categories?: string[];
}

export type DefectKind =
  | 'MALFORMED_CODE'
  | 'MALFORMED_PATH'
  | 'SPLIT_NOTE'
  | 'UNKNOWN_REASON'
  | 'DUPLICATE_CODE'
  | 'DUPLICATE_DEFINITION'
  | 'MISSING_FIELD'
  | 'INVALID_VALUE';

/** One problem in the source, where it is, and what the importer did about it. */
export interface ImportDefect {
  kind: DefectKind;
  /** e.g. `entries[412] 5A001`, `5A001 paragraph 37 (".j.1.a")`. */
  location: string;
  message: string;
  /** What was not written because of it; NONE when the content was kept (e.g. an unknown reason code noted). */
  rejected: 'ENTRY' | 'PARAGRAPH' | 'DEFINITION' | 'NONE';
}

export interface ImportTally {
  read: number;
  written: number;
  rejected: number;
}

/** What a parser made of a source: the document to write, every defect, and counts that add up (read = written + rejected). */
export interface ParsedList {
  document: ListDocument;
  defects: ImportDefect[];
  counts: { entries: ImportTally; paragraphs: ImportTally; definitions: ImportTally };
}
