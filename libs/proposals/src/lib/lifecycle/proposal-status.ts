import { conflict } from '@concord/shared/graphql';

export enum ProposalStatus {
  DRAFT = 'DRAFT',
  UNDER_REVIEW = 'UNDER_REVIEW',
  VOTING = 'VOTING',
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
  INCORPORATED = 'INCORPORATED',
  WITHDRAWN = 'WITHDRAWN',
}

const { DRAFT, UNDER_REVIEW, VOTING, ADOPTED, REJECTED, INCORPORATED, WITHDRAWN } = ProposalStatus;

/** DESIGN §4: the only moves a proposal can make. Anything else is a CONFLICT with reason INVALID_TRANSITION. */
const TRANSITIONS: Record<ProposalStatus, readonly ProposalStatus[]> = {
  [DRAFT]: [UNDER_REVIEW, WITHDRAWN],
  [UNDER_REVIEW]: [VOTING, WITHDRAWN],
  [VOTING]: [ADOPTED, REJECTED, WITHDRAWN],
  [ADOPTED]: [INCORPORATED],
  [REJECTED]: [],
  [INCORPORATED]: [],
  [WITHDRAWN]: [],
};

export const canTransition = (from: ProposalStatus, to: ProposalStatus) => TRANSITIONS[from].includes(to);

export function assertTransition(from: ProposalStatus, to: ProposalStatus): void {
  if (!canTransition(from, to)) {
    throw conflict(`A proposal that is ${describe(from)} cannot become ${describe(to)}`, 'INVALID_TRANSITION');
  }
}

/** Edits (new revisions) are taken while the proposal is being drafted or reviewed; a ballot freezes it. */
export const isEditable = (status: ProposalStatus) => status === DRAFT || status === UNDER_REVIEW;

/** Decided proposals take no new comments. */
export const isDecided = (status: ProposalStatus) => [ADOPTED, REJECTED, INCORPORATED, WITHDRAWN].includes(status);

const describe = (status: ProposalStatus) => status.toLowerCase().replace(/_/g, ' ');
