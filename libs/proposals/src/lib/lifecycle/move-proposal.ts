import { EntityManager } from 'typeorm';
import { ProposalEntity } from '../proposals/proposal.entity';
import { assertTransition, isDecided, ProposalStatus } from './proposal-status';

/**
 * Moves a proposal inside the caller's transaction (a ballot opening or closing), which must already hold the
 * proposal's row lock, so the move and the caller's own writes commit or fail together.
 */
export async function moveProposal(manager: EntityManager, proposal: ProposalEntity, to: ProposalStatus): Promise<void> {
  assertTransition(proposal.status, to);
  await manager.update(ProposalEntity, { id: proposal.id }, isDecided(to) ? { status: to, decidedAt: () => 'now()' } : { status: to });
}
