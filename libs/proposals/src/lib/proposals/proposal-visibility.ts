import { Actor, isDelegation, isUser } from '@concord/auth';
import { forbidden, unauthenticated } from '@concord/shared/graphql';
import { ProposalErrorReason } from '../proposal-error-reason';

/**
 * DESIGN §7: a DRAFT is seen by its own delegation only; submitted proposals by every participant and the
 * secretariat; never by machine clients or anonymous callers. Returned as SQL over the `proposal` alias `p`, so
 * every path (lists, counts, search, nested fields) applies the same rule in the database.
 */
export function visibilityClause(actor: Actor, param: string): { sql: string; stateId: string | null } {
  if (actor.kind === 'ANONYMOUS') throw unauthenticated();
  if (!isUser(actor)) throw forbidden('Deliberations are for participants only', ProposalErrorReason.DELIBERATIONS_CONFIDENTIAL);
  if (isDelegation(actor)) return { sql: `(p.status <> 'DRAFT' OR p.sponsor_state_id = ${param})`, stateId: actor.stateId };
  return { sql: `p.status <> 'DRAFT'`, stateId: null };
}

export function canSee(actor: Actor, proposal: { status: string; sponsorStateId: string }): boolean {
  if (!isUser(actor)) return false;
  if (proposal.status !== 'DRAFT') return true;
  return isDelegation(actor) && actor.stateId === proposal.sponsorStateId;
}
