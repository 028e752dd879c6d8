/**
 * What the audit trail records for ballots. The values are stored in the hash-chained trail and filtered on, so a
 * value never changes; the API merges every library's actions into the AuditAction enum.
 */
export enum BallotAuditAction {
  BALLOT_CANCELLED = 'ballot.cancelled',
  BALLOT_CLOSED = 'ballot.closed',
  BALLOT_EXTENDED = 'ballot.extended',
  BALLOT_OPENED = 'ballot.opened',
  BALLOT_POSITION_CAST = 'ballot.position_cast',
}
