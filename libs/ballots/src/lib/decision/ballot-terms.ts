/** The vocabulary of DESIGN §5, shared by the decision rules, the tables and the GraphQL schema. */
export enum BallotRule {
  CONSENSUS = 'CONSENSUS',
  SILENCE = 'SILENCE',
  QUALIFIED_MAJORITY = 'QUALIFIED_MAJORITY',
}

export enum Position {
  SUPPORT = 'SUPPORT',
  ABSTAIN = 'ABSTAIN',
  /** A block. */
  OBJECT = 'OBJECT',
  /** A scrutiny reservation: blocks adoption while it stands. */
  RESERVATION = 'RESERVATION',
}

export enum BallotStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  /** Cancelled by the secretariat before its close: no outcome, the proposal back under review. */
  CANCELLED = 'CANCELLED',
}

/** In what capacity a person took their state's position. */
export enum CastCapacity {
  HEAD_OF_DELEGATION = 'HEAD_OF_DELEGATION',
  /** A delegate the head named acting head, inside that window. */
  ACTING_HEAD = 'ACTING_HEAD',
}

export enum BallotOutcome {
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
  /** The sponsor withdrew the proposal while the ballot was open: the count is kept, nothing was decided. */
  LAPSED = 'LAPSED',
}

export const DEFAULT_QUORUM = 0.5;
export const DEFAULT_THRESHOLD = 2 / 3;
