import { ConstraintErrorTable, ErrorCode } from '@concord/shared/graphql';
import { ImplementationErrorReason } from './implementation-error-reason';
import { EXPLANATION_MAX, LEGAL_REFERENCE_MAX } from './implementation-terms';

const { BAD_USER_INPUT } = ErrorCode;

// The database has the last word on these invariants; the service checks first only to explain itself sooner.
export const IMPLEMENTATION_CONSTRAINT_ERRORS: ConstraintErrorTable = {
  national_implementation_in_force_complete: {
    code: BAD_USER_INPUT,
    reason: ImplementationErrorReason.LEGAL_REFERENCE_REQUIRED,
    message: 'An implemented release names its national legal reference and its date of entry into force',
    fields: [{ field: 'legalReference', message: 'is required' }, { field: 'entryIntoForce', message: 'is required' }],
  },
  national_implementation_legal_reference_size: {
    code: BAD_USER_INPUT,
    reason: ImplementationErrorReason.INVALID_LEGAL_REFERENCE,
    message: `A legal reference is 1 to ${LEGAL_REFERENCE_MAX} characters`,
    fields: [{ field: 'legalReference', message: `must be 1 to ${LEGAL_REFERENCE_MAX} characters` }],
  },
  national_implementation_deviations_match_status: {
    code: BAD_USER_INPUT,
    reason: ImplementationErrorReason.DEVIATIONS_REQUIRED,
    message: 'IMPLEMENTED_WITH_DEVIATIONS needs at least one deviation, and no other status has any',
    fields: [{ field: 'deviations', message: 'must be present exactly when the status is IMPLEMENTED_WITH_DEVIATIONS' }],
  },
  implementation_deviation_entry_fk: {
    code: BAD_USER_INPUT,
    reason: ImplementationErrorReason.UNKNOWN_ENTRY,
    message: 'A deviation names an entry of the release it implements',
    fields: [{ field: 'deviations', message: 'names an entry that is not in the release' }],
  },
  implementation_deviation_explanation_size: {
    code: BAD_USER_INPUT,
    reason: ImplementationErrorReason.INVALID_EXPLANATION,
    message: `A deviation is explained in 1 to ${EXPLANATION_MAX} characters`,
    fields: [{ field: 'deviations', message: `explanation must be 1 to ${EXPLANATION_MAX} characters` }],
  },
};
