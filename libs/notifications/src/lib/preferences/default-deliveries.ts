import { Delivery, NotificationKind } from '../notices/notification-kind';

/**
 * How a kind reaches a person who has not chosen: what concerns them directly (their proposal, their comment, their
 * state's position) at once; what concerns everyone in the daily digest.
 */
export const DEFAULT_DELIVERY: Record<NotificationKind, Delivery> = {
  [NotificationKind.PROPOSAL_SUBMITTED]: Delivery.DAILY,
  [NotificationKind.PROPOSAL_RETURNED]: Delivery.IMMEDIATE,
  [NotificationKind.COMMENT_REPLY]: Delivery.IMMEDIATE,
  [NotificationKind.COMMENT_ON_OWN_PROPOSAL]: Delivery.IMMEDIATE,
  [NotificationKind.BALLOT_OPENED]: Delivery.IMMEDIATE,
  [NotificationKind.BALLOT_CLOSING]: Delivery.IMMEDIATE,
  [NotificationKind.BALLOT_CLOSED]: Delivery.DAILY,
  [NotificationKind.RELEASE_PUBLISHED]: Delivery.DAILY,
};
