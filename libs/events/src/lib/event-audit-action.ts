/**
 * What the audit trail records for webhooks. The values are stored in the hash-chained trail and filtered on, so a
 * value never changes; the API merges every library's actions into the AuditAction enum.
 */
export enum EventAuditAction {
  WEBHOOK_REDELIVERY_REQUESTED = 'webhook.redelivery_requested',
  WEBHOOK_REGISTERED = 'webhook.registered',
}
