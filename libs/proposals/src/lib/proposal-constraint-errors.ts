import { ConstraintErrorTable, ErrorCode } from '@concord/shared/graphql';
import { ProposalErrorReason } from './proposal-error-reason';

// The words users get when the database refuses a write to the proposals lib's tables.
export const PROPOSAL_CONSTRAINT_ERRORS: ConstraintErrorTable = {
  proposal_status_transition: { code: ErrorCode.CONFLICT, reason: ProposalErrorReason.INVALID_TRANSITION, message: 'That move is not in the lifecycle of a proposal' },
  proposal_return_reason_present: {
    code: ErrorCode.BAD_USER_INPUT,
    reason: ProposalErrorReason.INVALID_REASON,
    message: 'A return carries its reason, 1 to 2000 characters',
    fields: [{ field: 'reason', message: 'must not be blank' }],
  },
};
