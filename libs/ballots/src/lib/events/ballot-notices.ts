import { EntityManager } from 'typeorm';
import { Notice, NotificationKind } from '@concord/notifications';
import { proposalNoticeParams } from '@concord/proposals';

/** A deadline as people read it in any language: `2026-12-03 17:00 UTC`. */
export const deadlineText = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export const ballotLink = (ballotId: string) => `/ballots/${ballotId}`;

/** Ballots are deliberations: every participant may know of them, never machine clients. */
export async function ballotNotice(
  manager: EntityManager,
  kind: NotificationKind,
  ballot: { id: string; proposalId: string; closesAt: Date },
  extra: Partial<Pick<Notice, 'recipients' | 'exceptUserIds'>> & { outcome?: string } = {},
): Promise<Notice> {
  const { outcome, ...rest } = extra;
  return {
    kind,
    visibility: { scope: 'PARTICIPANTS' },
    recipients: { kind: 'PARTICIPANTS' },
    subject: { type: 'ballot', id: ballot.id },
    params: { ...(await proposalNoticeParams(manager, ballot.proposalId)), closesAt: deadlineText(ballot.closesAt), ...(outcome ? { outcome } : {}) },
    link: ballotLink(ballot.id),
    ...rest,
  };
}
