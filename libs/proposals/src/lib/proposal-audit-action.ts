/**
 * What the audit trail records for proposals and comments. The values are stored in the hash-chained trail and filtered on, so a
 * value never changes; the API merges every library's actions into the AuditAction enum.
 */
export enum ProposalAuditAction {
  COMMENT_ADDED = 'comment.added',
  COMMENT_EDITED = 'comment.edited',
  COMMENT_RETRACTED = 'comment.retracted',
  PROPOSAL_COSPONSOR_JOINED = 'proposal.cosponsor_joined',
  PROPOSAL_COSPONSOR_LEFT = 'proposal.cosponsor_left',
  PROPOSAL_CREATED = 'proposal.created',
  PROPOSAL_REBASED = 'proposal.rebased',
  PROPOSAL_RESUBMITTED = 'proposal.resubmitted',
  PROPOSAL_RETURNED = 'proposal.returned',
  PROPOSAL_REVISED = 'proposal.revised',
  PROPOSAL_SUBMITTED = 'proposal.submitted',
  PROPOSAL_WITHDRAWN = 'proposal.withdrawn',
}
