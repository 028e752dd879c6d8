import { ConstraintErrorTable, ErrorCode } from '@concord/shared/graphql';

const { BAD_USER_INPUT, CONFLICT } = ErrorCode;

// The database is the last word on these invariants; these are the words users get when it refuses.
export const CONTROL_LIST_CONSTRAINT_ERRORS: ConstraintErrorTable = {
  release_version_unique: { code: CONFLICT, reason: 'VERSION_EXISTS', message: 'A release with that version already exists' },
  release_import_content_unique: { code: CONFLICT, reason: 'DUPLICATE_IMPORT', message: 'A release with exactly this content already exists' },
  release_version_next: {
    code: BAD_USER_INPUT,
    reason: 'VERSION_NOT_NEXT',
    message: 'Versions have no gaps: the next release is the next number of the year, or .1 of a later year',
    fields: [{ field: 'version', message: 'must be the next version' }],
  },
  release_version_format: {
    code: BAD_USER_INPUT,
    reason: 'INVALID_VERSION',
    message: 'A release version is a year and a number, e.g. 2026.0',
    fields: [{ field: 'version', message: 'must be YYYY.N' }],
  },
  release_entry_code_grammar: {
    code: BAD_USER_INPUT,
    reason: 'INVALID_ENTRY_CODE',
    message: 'An entry code is a category digit, a product group A-E and three digits, e.g. 4A005',
  },
  release_entry_reasons_codes: { code: BAD_USER_INPUT, reason: 'INVALID_REASON', message: 'Reasons for control are upper-case codes such as NS, AT, HR' },
  release_entry_heading_present: { code: BAD_USER_INPUT, reason: 'MISSING_HEADING', message: 'Every entry needs a heading' },
  release_paragraph_path_in_entry: {
    code: BAD_USER_INPUT,
    reason: 'INVALID_PARAGRAPH_PATH',
    message: 'A paragraph path must hang below its own entry, e.g. 5A001.j.1.a',
  },
  release_paragraph_kind_known: {
    code: BAD_USER_INPUT,
    reason: 'INVALID_PARAGRAPH_KIND',
    message: 'A paragraph is an ITEM, NOTE, TECHNICAL_NOTE, NB or DECONTROL_NOTE',
  },
  release_correlation_code_digits: { code: BAD_USER_INPUT, reason: 'INVALID_CUSTOMS_CODE', message: 'A customs code is 2 to 10 digits' },
  release_reference_regime_format: {
    code: BAD_USER_INPUT,
    reason: 'INVALID_REGIME',
    message: 'A regime is named by an upper-case code such as WA, EU or US-CCL',
  },
  release_definition_text_present: { code: BAD_USER_INPUT, reason: 'MISSING_DEFINITION_TEXT', message: 'Every definition needs a text' },
  // Recording replaces a delegation's earlier text of a unit (ON CONFLICT): this is only reached by a unit sent twice at once.
  list_translation_place_unique: {
    code: CONFLICT,
    reason: 'DUPLICATE_TRANSLATION_UNIT',
    message: 'Your delegation has one text per unit and language; send each unit once',
  },
  release_paragraph_text_language_code: { code: BAD_USER_INPUT, reason: 'INVALID_LANGUAGE', message: 'A language is a code such as fr, ja or pt-BR, and not en (English is the text itself)' },
  release_heading_text_language_code: { code: BAD_USER_INPUT, reason: 'INVALID_LANGUAGE', message: 'A language is a code such as fr, ja or pt-BR, and not en (English is the text itself)' },
  release_definition_text_language_code: { code: BAD_USER_INPUT, reason: 'INVALID_LANGUAGE', message: 'A language is a code such as fr, ja or pt-BR, and not en (English is the text itself)' },
  list_translation_language_code: { code: BAD_USER_INPUT, reason: 'INVALID_LANGUAGE', message: 'A language is a code such as fr, ja or pt-BR, and not en (English is the text itself)' },
  release_paragraph_text_source_digest: { code: BAD_USER_INPUT, reason: 'INVALID_SOURCE_DIGEST', message: 'A source digest is the SHA-256 of the English text, 64 lower-case hex digits' },
  release_heading_text_source_digest: { code: BAD_USER_INPUT, reason: 'INVALID_SOURCE_DIGEST', message: 'A source digest is the SHA-256 of the English text, 64 lower-case hex digits' },
  release_definition_text_source_digest: { code: BAD_USER_INPUT, reason: 'INVALID_SOURCE_DIGEST', message: 'A source digest is the SHA-256 of the English text, 64 lower-case hex digits' },
  list_translation_source_digest: { code: BAD_USER_INPUT, reason: 'INVALID_SOURCE_DIGEST', message: 'A source digest is the SHA-256 of the English text, 64 lower-case hex digits' },
};
