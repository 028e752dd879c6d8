import type { ImportTally } from '../list-document';
import type { XliffVersion } from './export-xliff';
import type { TranslationPart, TranslationState, XliffDefectKind } from './xliff.enums';

/** What the list holds now for a unit id: a translation of anything else is stale. */
export interface ExpectedUnit {
  sourceDigest: string;
  sourceText: string;
}

export interface XliffImportOptions {
  expectedUnits: ReadonlyMap<string, ExpectedUnit>;
  targetLanguage: string;
  /** Default `en`. */
  sourceLanguage?: string;
}

/** A translation the file hands back, checked against the list: its id known, its source current, its text plain. */
export interface ImportedTranslation {
  id: string;
  part: TranslationPart;
  /** The entry code for a heading, the paragraph path for a paragraph, null for a definition. */
  path: string | null;
  /** For a definition, its term; null otherwise. */
  term: string | null;
  target: string;
  /** The digest of the English text the translator translated (equal to the expected one, or the unit is rejected). */
  sourceDigest: string;
  state: TranslationState;
}

/** One problem in the file, where it is, and what was not taken because of it (like the list import's ImportDefect). */
export interface XliffDefect {
  kind: XliffDefectKind;
  /** `line 12 unit 5A001.j.1.a`, or `line 1` for the file as a whole. */
  location: string;
  message: string;
  /** FILE: nothing in the file is taken; UNIT: that unit is not. */
  rejected: 'FILE' | 'UNIT';
}

/** Counts that add up: units read = written + rejected. */
export interface ParsedXliff {
  /** The version found, null when the file is not one Concord reads. */
  version: XliffVersion | null;
  units: ImportedTranslation[];
  defects: XliffDefect[];
  counts: ImportTally;
}
