import { ConstraintErrorTable, ErrorCode } from '@concord/shared/graphql';
import { AuthErrorReason } from './auth-error-reason';

const { BAD_USER_INPUT, CONFLICT, FORBIDDEN } = ErrorCode;

// The words users get when the database refuses a write to the auth lib's tables.
export const AUTH_CONSTRAINT_ERRORS: ConstraintErrorTable = {
  app_user_email_unique: { code: CONFLICT, reason: AuthErrorReason.DUPLICATE_EMAIL, message: 'A user with that email already exists' },
  app_user_state_matches_role: {
    code: BAD_USER_INPUT,
    reason: AuthErrorReason.ROLE_STATE_MISMATCH,
    message: 'Delegates and heads of delegation belong to a state; the secretariat does not',
    fields: [{ field: 'stateId', message: 'must be set for delegation roles and empty for SECRETARIAT' }],
  },
  participating_state_code_unique: { code: CONFLICT, reason: AuthErrorReason.DUPLICATE_STATE, message: 'A participating state with that code already exists' },
  acting_head_no_overlap: {
    code: CONFLICT,
    reason: AuthErrorReason.ACTING_HEAD_OVERLAP,
    message: 'Another acting head of this state is named for an overlapping window: revoke it first',
  },
  acting_head_delegate_of_state: {
    code: BAD_USER_INPUT,
    reason: AuthErrorReason.NOT_A_DELEGATE,
    message: 'Only an active delegate of your own state can be named acting head',
    fields: [{ field: 'delegateId', message: 'must be a delegate of your state' }],
  },
  acting_head_named_by_head: { code: FORBIDDEN, reason: AuthErrorReason.NOT_HEAD_OF_DELEGATION, message: 'Only the head of delegation of the state names its acting head' },
  acting_head_window_ordered: {
    code: BAD_USER_INPUT,
    reason: AuthErrorReason.INVALID_WINDOW,
    message: 'The window must end after it starts',
    fields: [{ field: 'endsAt', message: 'must be after startsAt' }],
  },
};
