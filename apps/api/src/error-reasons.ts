import { registerEnumType } from '@nestjs/graphql';
import { AuditErrorReason } from '@concord/audit';
import { AuthErrorReason } from '@concord/auth';
import { BallotErrorReason } from '@concord/ballots';
import { ControlListErrorReason } from '@concord/control-list';
import { EventErrorReason } from '@concord/events';
import { ImplementationErrorReason } from '@concord/implementation';
import { NotificationErrorReason } from '@concord/notifications';
import { ProposalErrorReason } from '@concord/proposals';
import { ReleaseErrorReason } from '@concord/releases';
import { combineEnums, CommonErrorReason } from '@concord/shared/graphql';

/**
 * Every lib's reasons in one enum. No field returns it (errors carry it as `extensions.reason`), so the schema lists
 * it as an orphaned type: integrators and the web app's codegen get the list to match on.
 */
export const ErrorReason = combineEnums(
  CommonErrorReason,
  AuthErrorReason,
  AuditErrorReason,
  EventErrorReason,
  NotificationErrorReason,
  ControlListErrorReason,
  ProposalErrorReason,
  BallotErrorReason,
  ReleaseErrorReason,
  ImplementationErrorReason,
);

registerEnumType(ErrorReason, {
  name: 'ErrorReason',
  description: 'Every value an error\'s `extensions.reason` takes: the stable cause, finer than `extensions.code`.',
});
