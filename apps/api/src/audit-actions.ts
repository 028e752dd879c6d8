import { registerEnumType } from '@nestjs/graphql';
import { AuthAuditAction } from '@concord/auth';
import { BallotAuditAction } from '@concord/ballots';
import { ControlListAuditAction } from '@concord/control-list';
import { EventAuditAction } from '@concord/events';
import { ImplementationAuditAction } from '@concord/implementation';
import { NotificationAuditAction } from '@concord/notifications';
import { ProposalAuditAction } from '@concord/proposals';
import { ReleaseAuditAction } from '@concord/releases';
import { combineEnums } from '@concord/shared/graphql';

/**
 * Every lib's audit actions in one enum, handed to the audit lib for AuditEvent.action and its filter. A lib that
 * records a new kind of action exports it and is named here: an action missing from this enum cannot be read back.
 */
export const AuditAction = combineEnums(
  AuthAuditAction,
  ControlListAuditAction,
  EventAuditAction,
  NotificationAuditAction,
  ProposalAuditAction,
  BallotAuditAction,
  ReleaseAuditAction,
  ImplementationAuditAction,
);

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What an audit event records. The trail stores each as `<object>.<past-tense verb>`, e.g. proposal.submitted for PROPOSAL_SUBMITTED.',
});
