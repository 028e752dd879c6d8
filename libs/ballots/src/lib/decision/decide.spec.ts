import { BallotOutcome, BallotRule, Position } from './ballot-terms';
import { decide, DecisionReason } from './decide';

const { SUPPORT, ABSTAIN, OBJECT, RESERVATION } = Position;
const { ADOPTED, REJECTED } = BallotOutcome;
type Fraction = readonly [numerator: number, denominator: number];

/** Every way `states` states can stand: no position, or one of the four. */
function* assignments(states: number): Generator<(Position | null)[]> {
  const choices = [null, SUPPORT, ABSTAIN, OBJECT, RESERVATION];
  for (let code = 0; code < choices.length ** states; code++) {
    yield Array.from({ length: states }, (_, i) => choices[Math.floor(code / choices.length ** i) % choices.length]);
  }
}

/** DESIGN §5 restated in exact integer arithmetic, independently of decide()'s float tolerance. */
function expected(rule: BallotRule, standing: (Position | null)[], quorum: Fraction, threshold: Fraction) {
  const count = (p: Position) => standing.filter((s) => s === p).length;
  const took = standing.filter((s) => s !== null).length;
  const quorumMet = took * quorum[1] >= quorum[0] * standing.length;
  if (count(RESERVATION) > 0) return REJECTED;
  if (rule === BallotRule.SILENCE) return count(OBJECT) > 0 ? REJECTED : ADOPTED;
  if (rule === BallotRule.CONSENSUS) return count(OBJECT) === 0 && quorumMet ? ADOPTED : REJECTED;
  const decisive = count(SUPPORT) + count(OBJECT);
  return quorumMet && decisive > 0 && count(SUPPORT) * threshold[1] >= threshold[0] * decisive ? ADOPTED : REJECTED;
}

const ADOPTING_REASONS = [DecisionReason.CONSENSUS_REACHED, DecisionReason.SILENCE_KEPT, DecisionReason.THRESHOLD_MET];
const QUORUMS: Fraction[] = [[1, 3], [1, 2], [3, 4], [1, 1]];
const THRESHOLDS: Fraction[] = [[3, 5], [2, 3], [3, 4], [1, 1]];

describe('decide: the whole truth table', () => {
  for (const states of [1, 2, 3, 4]) {
    for (const rule of Object.values(BallotRule)) {
      it(`${rule} over ${states} states: every mix of positions, quorum and threshold`, () => {
        let cases = 0;
        for (const standing of assignments(states)) {
          const positions = standing.filter((s): s is Position => s !== null);
          for (const quorum of rule === BallotRule.SILENCE ? [[0, 1] as Fraction] : QUORUMS) {
            for (const threshold of rule === BallotRule.QUALIFIED_MAJORITY ? THRESHOLDS : [[1, 1] as Fraction]) {
              const decision = decide(
                rule,
                positions,
                states,
                rule === BallotRule.SILENCE ? null : quorum[0] / quorum[1],
                rule === BallotRule.QUALIFIED_MAJORITY ? threshold[0] / threshold[1] : null,
              );
              const want = expected(rule, standing, quorum, threshold);
              if (decision.outcome !== want) {
                throw new Error(`${rule} ${JSON.stringify(standing)} quorum ${quorum} threshold ${threshold}: ${decision.outcome}, expected ${want}`);
              }
              expect(ADOPTING_REASONS.includes(decision.reason)).toBe(want === ADOPTED);
              expect(decision.tally).toEqual({
                support: positions.filter((p) => p === SUPPORT).length,
                abstain: positions.filter((p) => p === ABSTAIN).length,
                object: positions.filter((p) => p === OBJECT).length,
                reservation: positions.filter((p) => p === RESERVATION).length,
                notVoted: states - positions.length,
                eligible: states,
              });
              cases++;
            }
          }
        }
        expect(cases).toBeGreaterThanOrEqual(5 ** states);
      });
    }
  }
});

describe('decide: the edges, by name', () => {
  const qm = (positions: Position[], eligible: number, threshold = 2 / 3, quorum = 0.5) =>
    decide(BallotRule.QUALIFIED_MAJORITY, positions, eligible, quorum, threshold);

  it('adopts at exactly two thirds and rejects just below', () => {
    expect(qm([SUPPORT, SUPPORT, OBJECT], 3)).toMatchObject({ outcome: ADOPTED, reason: DecisionReason.THRESHOLD_MET });
    expect(qm([...Array(6).fill(SUPPORT), ...Array(3).fill(OBJECT)], 10)).toMatchObject({ outcome: ADOPTED });
    expect(qm([...Array(5).fill(SUPPORT), ...Array(3).fill(OBJECT)], 10)).toMatchObject({ outcome: REJECTED, reason: DecisionReason.THRESHOLD_NOT_MET });
    expect(qm([SUPPORT, SUPPORT, OBJECT], 3, 0.667)).toMatchObject({ outcome: REJECTED, reason: DecisionReason.THRESHOLD_NOT_MET });
  });

  it('leaves abstentions out of the majority but counts them for the quorum', () => {
    expect(qm([SUPPORT, ABSTAIN, ABSTAIN, ABSTAIN], 8)).toMatchObject({ outcome: ADOPTED });
    expect(qm([SUPPORT, ABSTAIN, ABSTAIN], 8)).toMatchObject({ outcome: REJECTED, reason: DecisionReason.QUORUM_NOT_MET });
  });

  it('rejects a qualified-majority ballot where nobody supported or objected', () => {
    expect(qm([ABSTAIN, ABSTAIN, ABSTAIN], 3)).toMatchObject({ outcome: REJECTED, reason: DecisionReason.NO_DECISIVE_POSITIONS });
  });

  it('lets a single reservation block every rule, and a single objection block consensus and silence', () => {
    expect(qm([SUPPORT, SUPPORT, SUPPORT, RESERVATION], 4)).toMatchObject({ outcome: REJECTED, reason: DecisionReason.RESERVATION_STANDS });
    expect(qm([SUPPORT, SUPPORT, SUPPORT, OBJECT], 4)).toMatchObject({ outcome: ADOPTED });
    expect(decide(BallotRule.CONSENSUS, [SUPPORT, SUPPORT, OBJECT], 3, 0.5, null)).toMatchObject({ reason: DecisionReason.OBJECTION_STANDS });
    expect(decide(BallotRule.CONSENSUS, [SUPPORT, RESERVATION], 3, 0.5, null)).toMatchObject({ reason: DecisionReason.RESERVATION_STANDS });
    expect(decide(BallotRule.SILENCE, [OBJECT], 10, null, null)).toMatchObject({ outcome: REJECTED, reason: DecisionReason.OBJECTION_STANDS });
  });

  it('takes silence as consent, and needs the quorum for consensus (exactly half meets one half)', () => {
    expect(decide(BallotRule.SILENCE, [], 10, null, null)).toMatchObject({ outcome: ADOPTED, reason: DecisionReason.SILENCE_KEPT });
    expect(decide(BallotRule.CONSENSUS, [], 10, 0.5, null)).toMatchObject({ outcome: REJECTED, reason: DecisionReason.QUORUM_NOT_MET });
    expect(decide(BallotRule.CONSENSUS, Array(5).fill(ABSTAIN), 10, 0.5, null)).toMatchObject({ outcome: ADOPTED });
    expect(decide(BallotRule.CONSENSUS, Array(4).fill(SUPPORT), 10, 0.5, null)).toMatchObject({ outcome: REJECTED, reason: DecisionReason.QUORUM_NOT_MET });
  });

  it('refuses impossible inputs rather than deciding on them', () => {
    expect(() => decide(BallotRule.CONSENSUS, [SUPPORT, SUPPORT], 1, 0.5, null)).toThrow(RangeError);
    expect(() => decide(BallotRule.QUALIFIED_MAJORITY, [SUPPORT], 3, 0.5, null)).toThrow(RangeError);
  });
});
