import { badInput, conflict, describeConstraint } from '@concord/shared/graphql';

// The database is the last word on these invariants; these are the words users get when it refuses.
describeConstraint('release_version_unique', () => conflict('A release with that version already exists', 'VERSION_EXISTS'));
describeConstraint('release_import_content_unique', () =>
  conflict('A release with exactly this content already exists', 'DUPLICATE_IMPORT'),
);
describeConstraint('release_version_next', () =>
  badInput('Versions have no gaps: the next release is the next number of the year, or .1 of a later year', 'VERSION_NOT_NEXT', [
    { field: 'version', message: 'must be the next version' },
  ]),
);
describeConstraint('release_version_format', () =>
  badInput('A release version is a year and a number, e.g. 2026.0', 'INVALID_VERSION', [{ field: 'version', message: 'must be YYYY.N' }]),
);
describeConstraint('release_entry_code_grammar', () =>
  badInput('An entry code is a category digit, a product group A-E and three digits, e.g. 4A005', 'INVALID_ENTRY_CODE'),
);
describeConstraint('release_entry_reasons_codes', () =>
  badInput('Reasons for control are upper-case codes such as NS, AT, HR', 'INVALID_REASON'),
);
describeConstraint('release_entry_heading_present', () => badInput('Every entry needs a heading', 'MISSING_HEADING'));
describeConstraint('release_paragraph_path_in_entry', () =>
  badInput('A paragraph path must hang below its own entry, e.g. 5A001.j.1.a', 'INVALID_PARAGRAPH_PATH'),
);
describeConstraint('release_paragraph_kind_known', () =>
  badInput('A paragraph is an ITEM, NOTE, TECHNICAL_NOTE, NB or DECONTROL_NOTE', 'INVALID_PARAGRAPH_KIND'),
);
describeConstraint('release_correlation_code_digits', () =>
  badInput('A customs code is 2 to 10 digits', 'INVALID_CUSTOMS_CODE'),
);
describeConstraint('release_reference_regime_format', () =>
  badInput('A regime is named by an upper-case code such as WA, EU or US-CCL', 'INVALID_REGIME'),
);
describeConstraint('release_definition_text_present', () => badInput('Every definition needs a text', 'MISSING_DEFINITION_TEXT'));
