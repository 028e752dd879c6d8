/**
 * What the audit trail records for notification preferences. The values are stored in the hash-chained trail and filtered on, so a
 * value never changes; the API merges every library's actions into the AuditAction enum.
 */
export enum NotificationAuditAction {
  USER_NOTIFICATION_PREFERENCE_SET = 'user.notification_preference_set',
}
