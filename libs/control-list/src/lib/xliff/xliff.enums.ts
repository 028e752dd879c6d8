/** Which part of the list a translation unit carries. */
export enum TranslationPart {
  HEADING = 'HEADING',
  PARAGRAPH = 'PARAGRAPH',
  DEFINITION = 'DEFINITION',
}

/** How far a translation has come, in XLIFF 2's four steps (1.2's states map onto them, see docs/translations-xliff.md). */
export enum TranslationState {
  INITIAL = 'INITIAL',
  TRANSLATED = 'TRANSLATED',
  REVIEWED = 'REVIEWED',
  FINAL = 'FINAL',
}

/** What can be wrong in an XLIFF file handed back by a translator. */
export enum XliffDefectKind {
  NOT_XML = 'NOT_XML',
  NOT_XLIFF = 'NOT_XLIFF',
  UNSUPPORTED_VERSION = 'UNSUPPORTED_VERSION',
  WRONG_SOURCE_LANGUAGE = 'WRONG_SOURCE_LANGUAGE',
  WRONG_TARGET_LANGUAGE = 'WRONG_TARGET_LANGUAGE',
  MALFORMED_UNIT = 'MALFORMED_UNIT',
  UNKNOWN_UNIT = 'UNKNOWN_UNIT',
  DUPLICATE_UNIT = 'DUPLICATE_UNIT',
  EMPTY_TARGET = 'EMPTY_TARGET',
  STALE_SOURCE = 'STALE_SOURCE',
  UNSUPPORTED_MARKUP = 'UNSUPPORTED_MARKUP',
  /** Server import only: a target still in state initial is a draft, not a translation to record. */
  NOT_TRANSLATED = 'NOT_TRANSLATED',
}
