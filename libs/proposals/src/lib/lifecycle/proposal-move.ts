import { ProposalStatus } from './proposal-status';

const { DRAFT, UNDER_REVIEW, VOTING, ADOPTED, REJECTED, INCORPORATED, WITHDRAWN } = ProposalStatus;

/** Every way a proposal's status changes (DESIGN §4), each named for what someone did. */
export enum ProposalMove {
  /** The sponsor submits a draft, or resubmits a rejected proposal. */
  SUBMIT = 'SUBMIT',
  OPEN_BALLOT = 'OPEN_BALLOT',
  ADOPT = 'ADOPT',
  REJECT = 'REJECT',
  /** The secretariat cancels the open ballot: back to review, nothing decided. */
  CANCEL_BALLOT = 'CANCEL_BALLOT',
  /** The secretariat returns an adopted, not yet released proposal to review, with a reason. */
  RETURN = 'RETURN',
  INCORPORATE = 'INCORPORATE',
  WITHDRAW = 'WITHDRAW',
}

export interface MoveRule {
  from: readonly ProposalStatus[];
  to: ProposalStatus;
}

/** The whole lifecycle graph. The ProposalLifecycle migration's trigger refuses any other status change. */
export const MOVES: Readonly<Record<ProposalMove, MoveRule>> = {
  [ProposalMove.SUBMIT]: { from: [DRAFT, REJECTED], to: UNDER_REVIEW },
  [ProposalMove.OPEN_BALLOT]: { from: [UNDER_REVIEW], to: VOTING },
  [ProposalMove.ADOPT]: { from: [VOTING], to: ADOPTED },
  [ProposalMove.REJECT]: { from: [VOTING], to: REJECTED },
  [ProposalMove.CANCEL_BALLOT]: { from: [VOTING], to: UNDER_REVIEW },
  [ProposalMove.RETURN]: { from: [ADOPTED], to: UNDER_REVIEW },
  [ProposalMove.INCORPORATE]: { from: [ADOPTED], to: INCORPORATED },
  [ProposalMove.WITHDRAW]: { from: [DRAFT, UNDER_REVIEW, VOTING, REJECTED], to: WITHDRAWN },
};

export const canMove = (from: ProposalStatus, move: ProposalMove) => MOVES[move].from.includes(from);
