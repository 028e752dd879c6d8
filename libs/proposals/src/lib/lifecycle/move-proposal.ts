import { EntityManager } from 'typeorm';
import { CommonErrorReason, conflict } from '@concord/shared/graphql';
import { ProposalEntity } from '../proposals/proposal.entity';
import { canMove, MOVES, ProposalMove } from './proposal-move';
import { describeStatus } from './proposal-status';
import { ProposalErrorReason } from '../proposal-error-reason';

/**
 * The one function that changes a proposal's status (submitting, balloting, deciding, returning, releasing,
 * withdrawing all come here), inside the caller's transaction, which must already hold the proposal's row lock (so
 * the move and the caller's own writes commit or fail together). It writes the status and its timestamps, nothing
 * else: each caller records its own audit event. A move that the lifecycle does not allow from the current status is
 * a CONFLICT with reason INVALID_TRANSITION.
 */
export async function moveProposal(manager: EntityManager, proposal: ProposalEntity, move: ProposalMove): Promise<ProposalEntity> {
  const { to } = MOVES[move];
  if (!canMove(proposal.status, move)) {
    throw conflict(`A proposal that is ${describeStatus(proposal.status)} cannot become ${describeStatus(to)}`, ProposalErrorReason.INVALID_TRANSITION);
  }
  // The status the caller read is part of the WHERE: a caller that read it without the row lock moves nothing.
  const { affected } = await manager.update(ProposalEntity, { id: proposal.id, status: proposal.status }, { status: to, ...timestampsOf(move) });
  if (affected !== 1) {
    throw conflict(`${proposal.reference} is no longer ${describeStatus(proposal.status)}: reload it`, CommonErrorReason.CONCURRENT_UPDATE);
  }
  return manager.findOneByOrFail(ProposalEntity, { id: proposal.id });
}

/** decidedAt orders adopted proposals in a release, so a proposal taken back into review is undecided again. */
function timestampsOf(move: ProposalMove) {
  switch (move) {
    case ProposalMove.SUBMIT:
      return { submittedAt: () => 'now()', decidedAt: null };
    case ProposalMove.ADOPT:
    case ProposalMove.REJECT:
    case ProposalMove.WITHDRAW:
      return { decidedAt: () => 'now()' };
    case ProposalMove.RETURN:
    case ProposalMove.CANCEL_BALLOT:
      return { decidedAt: null };
    default:
      return {};
  }
}

