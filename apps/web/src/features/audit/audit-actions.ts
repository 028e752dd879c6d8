import type { AuditAction } from '../../graphql/graphql';

/** The actions the filter offers and the page words, in the order a reader scans a filter for them. */
export const AUDIT_ACTIONS = [
  'PROPOSAL_CREATED',
  'PROPOSAL_REVISED',
  'PROPOSAL_SUBMITTED',
  'PROPOSAL_RESUBMITTED',
  'PROPOSAL_WITHDRAWN',
  'PROPOSAL_RETURNED',
  'PROPOSAL_REBASED',
  'PROPOSAL_COSPONSOR_JOINED',
  'PROPOSAL_COSPONSOR_LEFT',
  'COMMENT_ADDED',
  'COMMENT_EDITED',
  'COMMENT_RETRACTED',
  'BALLOT_OPENED',
  'BALLOT_POSITION_CAST',
  'BALLOT_EXTENDED',
  'BALLOT_CANCELLED',
  'BALLOT_CLOSED',
  'RELEASE_BASELINE_IMPORTED',
  'RELEASE_PUBLISHED',
  'ACTING_HEAD_APPOINTED',
  'ACTING_HEAD_REVOKED',
  'STATE_CREATED',
  'STATE_UPDATED',
  'USER_CREATED',
  'USER_INVITED',
  'USER_UPDATED',
  'API_CLIENT_CREATED',
  'API_CLIENT_REVOKED',
  'WEBHOOK_REGISTERED',
] as const satisfies readonly AuditAction[];

export type KnownAuditAction = (typeof AUDIT_ACTIONS)[number];

export const isKnownAction = (action: string): action is KnownAuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

export const actionMessageKey = (action: KnownAuditAction) => `audit.action.${action}` as const;
