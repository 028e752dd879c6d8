/**
 * Why requests about the audit trail are refused (`extensions.reason`). Clients match on the values, so a value never
 * changes; the API merges every library's reasons into the ErrorReason enum.
 */
export enum AuditErrorReason {
  AUDIT_PARTICIPANTS_ONLY = 'AUDIT_PARTICIPANTS_ONLY',
  OTHER_STATE_AUDIT = 'OTHER_STATE_AUDIT',
  NO_AUDIT_CHECKPOINT = 'NO_AUDIT_CHECKPOINT',
  UNTRUSTED_AUDIT_CHECKPOINT = 'UNTRUSTED_AUDIT_CHECKPOINT',
}
