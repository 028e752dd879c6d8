/**
 * What the audit trail records for the list's texts. The values are stored in the hash-chained trail and filtered
 * on, so a value never changes; the API merges every library's actions into the AuditAction enum.
 */
export enum ControlListAuditAction {
  TRANSLATIONS_RECORDED = 'translations.recorded',
  TRANSLATIONS_WITHDRAWN = 'translations.withdrawn',
}
