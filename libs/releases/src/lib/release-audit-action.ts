/**
 * What the audit trail records for releases. The values are stored in the hash-chained trail and filtered on, so a
 * value never changes; the API merges every library's actions into the AuditAction enum.
 */
export enum ReleaseAuditAction {
  RELEASE_BASELINE_IMPORTED = 'release.baseline_imported',
  RELEASE_PUBLISHED = 'release.published',
}
