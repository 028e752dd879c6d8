import { AUTH_CONSTRAINT_ERRORS } from '@concord/auth';
import { BALLOT_CONSTRAINT_ERRORS } from '@concord/ballots';
import { CONTROL_LIST_CONSTRAINT_ERRORS } from '@concord/control-list';
import { IMPLEMENTATION_CONSTRAINT_ERRORS } from '@concord/implementation';
import { NOTIFICATION_CONSTRAINT_ERRORS } from '@concord/notifications';
import { PROPOSAL_CONSTRAINT_ERRORS } from '@concord/proposals';
import { RELEASE_CONSTRAINT_ERRORS } from '@concord/releases';
import { combineConstraintErrors } from '@concord/shared/graphql';

/**
 * Every lib's constraint messages in one table, handed to the error formatter. A lib that adds a table exports it
 * and is named here; test/constraint-messages.e2e-spec.ts fails for a constraint nobody describes.
 */
export const CONSTRAINT_ERRORS = combineConstraintErrors(
  AUTH_CONSTRAINT_ERRORS,
  BALLOT_CONSTRAINT_ERRORS,
  CONTROL_LIST_CONSTRAINT_ERRORS,
  IMPLEMENTATION_CONSTRAINT_ERRORS,
  NOTIFICATION_CONSTRAINT_ERRORS,
  PROPOSAL_CONSTRAINT_ERRORS,
  RELEASE_CONSTRAINT_ERRORS,
);
