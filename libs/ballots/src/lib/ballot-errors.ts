import { ConstraintErrorTable, ErrorCode } from '@concord/shared/graphql';
import { BallotErrorReason } from './ballot-error-reason';

const { BAD_USER_INPUT, CONFLICT, FORBIDDEN } = ErrorCode;

// The database has the last word on these invariants; the services check first only to explain themselves sooner.
export const BALLOT_CONSTRAINT_ERRORS: ConstraintErrorTable = {
  ballot_one_open_per_proposal: { code: CONFLICT, reason: BallotErrorReason.BALLOT_ALREADY_OPEN, message: 'This proposal already has an open ballot' },
  ballot_closes_after_opening: { code: BAD_USER_INPUT, reason: BallotErrorReason.INVALID_CLOSING_TIME, message: 'A ballot must close after it opens' },
  ballot_quorum_fraction: { code: BAD_USER_INPUT, reason: BallotErrorReason.INVALID_QUORUM, message: 'quorum must be a fraction in (0, 1]' },
  ballot_threshold_majority: { code: BAD_USER_INPUT, reason: BallotErrorReason.INVALID_THRESHOLD, message: 'threshold must be in (0.5, 1]' },
  ballot_rule_parameters: {
    code: BAD_USER_INPUT,
    reason: BallotErrorReason.INVALID_RULE_PARAMETERS,
    message: 'SILENCE takes no quorum, and only QUALIFIED_MAJORITY takes a threshold',
  },
  ballot_position_eligible_fk: {
    code: FORBIDDEN,
    reason: BallotErrorReason.STATE_NOT_ACTIVE,
    message: 'Only states that were ACTIVE when the ballot opened take a position in it',
  },
  ballot_cancelled_with_reason: {
    code: BAD_USER_INPUT,
    reason: BallotErrorReason.INVALID_REASON,
    message: 'A cancelled ballot carries its reason, 1 to 2000 characters',
    fields: [{ field: 'reason', message: 'is required' }],
  },
};
