/** The actions the audit trail records, in the order a reader scans a filter for them. */
export const AUDIT_ACTIONS = [
  'proposal.created',
  'proposal.revised',
  'proposal.submitted',
  'proposal.resubmitted',
  'proposal.withdrawn',
  'proposal.returned',
  'proposal.rebased',
  'proposal.cosponsor_joined',
  'proposal.cosponsor_left',
  'comment.added',
  'comment.edited',
  'comment.retracted',
  'ballot.opened',
  'ballot.position_cast',
  'ballot.extended',
  'ballot.cancelled',
  'ballot.closed',
  'release.baseline_imported',
  'release.published',
  'acting_head.appointed',
  'acting_head.revoked',
  'state.created',
  'state.updated',
  'user.created',
  'user.updated',
  'api_client.created',
  'api_client.revoked',
  'webhook.registered',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isKnownAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

export const actionMessageKey = (action: AuditAction) => `audit.action.${action}` as const;
