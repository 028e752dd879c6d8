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

/**
 * Edits (new revisions, rebases) are taken while the proposal is drafted, reviewed, or after a rejection (to be
 * resubmitted); a ballot freezes it, and an adopted proposal changes only after the secretariat returns it.
 */
export const isEditable = (status: ProposalStatus) => status === DRAFT || status === UNDER_REVIEW || status === REJECTED;

/** Decided proposals take no new comments; a rejected one that is resubmitted, or an adopted one returned, opens again. */
export const isDecided = (status: ProposalStatus) => [ADOPTED, REJECTED, INCORPORATED, WITHDRAWN].includes(status);

/** Statuses a proposal can still leave: none of these is a dead end (DESIGN §4). */
export const IN_PROCESS: readonly ProposalStatus[] = [DRAFT, UNDER_REVIEW, VOTING, ADOPTED, REJECTED];

export const describeStatus = (status: ProposalStatus) => status.toLowerCase().replace(/_/g, ' ');

