import { ProposalAuditAction } from '../proposal-audit-action';

/**
 * The audit action that ends a draft's privacy: until it is recorded, the draft's own events (created, revised,
 * withdrawn) are its delegation's alone, like the draft itself (DESIGN §7).
 */
export const DRAFT_DISCLOSED_BY = ProposalAuditAction.PROPOSAL_SUBMITTED;
