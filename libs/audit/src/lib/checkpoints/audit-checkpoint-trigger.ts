/** Why a checkpoint was taken. */
export enum AuditCheckpointTrigger {
  RELEASE_PUBLICATION = 'RELEASE_PUBLICATION',
  SCHEDULE = 'SCHEDULE',
}
