import { BallotOutcome, BallotRule, Position } from './ballot-terms';

export interface Tally {
  support: number;
  abstain: number;
  object: number;
  reservation: number;
  /** Eligible states that took no position. */
  notVoted: number;
  /** ACTIVE states when the ballot opened. */
  eligible: number;
}

export enum DecisionReason {
  CONSENSUS_REACHED = 'CONSENSUS_REACHED',
  SILENCE_KEPT = 'SILENCE_KEPT',
  THRESHOLD_MET = 'THRESHOLD_MET',
  OBJECTION_STANDS = 'OBJECTION_STANDS',
  RESERVATION_STANDS = 'RESERVATION_STANDS',
  QUORUM_NOT_MET = 'QUORUM_NOT_MET',
  NO_DECISIVE_POSITIONS = 'NO_DECISIVE_POSITIONS',
  THRESHOLD_NOT_MET = 'THRESHOLD_NOT_MET',
}

export interface Decision {
  outcome: BallotOutcome.ADOPTED | BallotOutcome.REJECTED;
  tally: Tally;
  reason: DecisionReason;
}

/**
 * Thresholds and quorums arrive as floats; 2/3 typed as 0.6666666666666666 must still adopt at exactly two thirds,
 * so comparisons forgive rounding far below any ratio a few dozen states can produce.
 */
const EPSILON = 1e-9;
const atLeast = (count: number, fraction: number, of: number) => count >= fraction * of - EPSILON;

export function tallyOf(positions: readonly Position[], eligibleCount: number): Tally {
  if (!Number.isInteger(eligibleCount) || eligibleCount < positions.length) {
    throw new RangeError(`${positions.length} positions cannot come from ${eligibleCount} eligible states`);
  }
  const count = (kind: Position) => positions.filter((p) => p === kind).length;
  return {
    support: count(Position.SUPPORT),
    abstain: count(Position.ABSTAIN),
    object: count(Position.OBJECT),
    reservation: count(Position.RESERVATION),
    notVoted: eligibleCount - positions.length,
    eligible: eligibleCount,
  };
}

/**
 * DESIGN §5, applied to the positions standing at close. Choices where the design is silent:
 * - A RESERVATION blocks adoption under every rule while it stands; an OBJECT blocks CONSENSUS and SILENCE and
 *   counts as a vote against under QUALIFIED_MAJORITY. Where both stand, the objection is the reason reported.
 * - Quorum (CONSENSUS, QUALIFIED_MAJORITY) counts every position taken, abstentions included, against the states
 *   that were ACTIVE at opening; SILENCE has none, silence being consent.
 * - QUALIFIED_MAJORITY with no SUPPORT or OBJECT at all (everyone abstained) is REJECTED: nothing was carried.
 */
export function decide(
  rule: BallotRule,
  positions: readonly Position[],
  eligibleCount: number,
  quorum: number | null,
  threshold: number | null,
): Decision {
  const tally = tallyOf(positions, eligibleCount);
  const adopted = (reason: DecisionReason): Decision => ({ outcome: BallotOutcome.ADOPTED, tally, reason });
  const rejected = (reason: DecisionReason): Decision => ({ outcome: BallotOutcome.REJECTED, tally, reason });
  const quorumMet = () => atLeast(positions.length, required(quorum, 'quorum', rule), eligibleCount);
  if (rule === BallotRule.QUALIFIED_MAJORITY) required(threshold, 'threshold', rule);
  if (rule !== BallotRule.SILENCE) required(quorum, 'quorum', rule);

  // Under a qualified majority an objection is a vote against, weighed below; elsewhere it is a block.
  if (rule !== BallotRule.QUALIFIED_MAJORITY && tally.object > 0) return rejected(DecisionReason.OBJECTION_STANDS);
  if (tally.reservation > 0) return rejected(DecisionReason.RESERVATION_STANDS);
  switch (rule) {
    case BallotRule.SILENCE:
      return adopted(DecisionReason.SILENCE_KEPT);
    case BallotRule.CONSENSUS:
      return quorumMet() ? adopted(DecisionReason.CONSENSUS_REACHED) : rejected(DecisionReason.QUORUM_NOT_MET);
    case BallotRule.QUALIFIED_MAJORITY: {
      if (!quorumMet()) return rejected(DecisionReason.QUORUM_NOT_MET);
      const decisive = tally.support + tally.object;
      if (decisive === 0) return rejected(DecisionReason.NO_DECISIVE_POSITIONS);
      return atLeast(tally.support, required(threshold, 'threshold', rule), decisive)
        ? adopted(DecisionReason.THRESHOLD_MET)
        : rejected(DecisionReason.THRESHOLD_NOT_MET);
    }
  }
}

function required(value: number | null, name: string, rule: BallotRule): number {
  if (value === null) throw new RangeError(`A ${rule} ballot needs a ${name}`);
  return value;
}
