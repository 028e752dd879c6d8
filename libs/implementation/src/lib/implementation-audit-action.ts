/**
 * What the audit trail records for national implementation. The values are stored in the hash-chained trail and
 * filtered on, so a value never changes; the API merges every library's actions into the AuditAction enum.
 */
export enum ImplementationAuditAction {
  IMPLEMENTATION_RECORDED = 'implementation.recorded',
}
