import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BallotOutcome, BallotRule, BallotStatus, Position } from '../decision/ballot-terms';
import { BallotEntity } from './ballot.entity';
import { BallotTally } from './ballot-tally.model';

registerEnumType(BallotRule, {
  name: 'BallotRule',
  description:
    'CONSENSUS: adopted iff no OBJECT or RESERVATION stands and the quorum took a position. SILENCE: adopted at the deadline ' +
    'unless a state objects or reserves. QUALIFIED_MAJORITY: SUPPORT ≥ threshold × (SUPPORT + OBJECT) with quorum; a ' +
    'RESERVATION blocks it too.',
});
registerEnumType(Position, { name: 'Position', description: 'OBJECT is a block; RESERVATION (scrutiny) blocks adoption while it stands.' });
registerEnumType(BallotStatus, { name: 'BallotStatus', description: 'OPEN, then CLOSED with an outcome, or CANCELLED by the secretariat with none.' });
registerEnumType(BallotOutcome, { name: 'BallotOutcome', description: 'LAPSED: the proposal was withdrawn while the ballot was open.' });

@ObjectType({ description: 'A vote on one revision of a proposal (DESIGN §5).' })
export class Ballot {
  @Field(() => ID)
  id: string;

  @Field(() => BallotRule)
  rule: BallotRule;

  @Field(() => BallotStatus)
  status: BallotStatus;

  @Field()
  openedAt: Date;

  @Field()
  closesAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it closed or was cancelled.' })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the secretariat cancelled it.' })
  cancelReason: string | null;

  @Field(() => Int, { description: 'The proposal revision being voted on.' })
  revision: number;

  @Field(() => Float, { nullable: true })
  quorum: number | null;

  @Field(() => Float, { nullable: true })
  threshold: number | null;

  @Field(() => Int, { description: 'States ACTIVE when the ballot opened: only they take positions.' })
  eligibleCount: number;

  @Field(() => BallotTally, { nullable: true, description: 'Computed once, when the ballot closed; null while open.' })
  tally: BallotTally | null;

  @Field(() => BallotOutcome, { nullable: true })
  outcome: BallotOutcome | null;

  @Field(() => String, { nullable: true, description: 'Why: CONSENSUS_REACHED, OBJECTION_STANDS, QUORUM_NOT_MET, THRESHOLD_NOT_MET …' })
  outcomeReason: string | null;

  proposalId: string;
  openedById: string;
  closedById: string | null;

  static from(entity: BallotEntity): Ballot {
    return Object.assign(new Ballot(), {
      id: entity.id,
      rule: entity.rule,
      status: entity.status,
      openedAt: entity.openedAt,
      closesAt: entity.closesAt,
      closedAt: entity.closedAt,
      revision: entity.revisionNumber,
      quorum: entity.quorum,
      threshold: entity.threshold,
      eligibleCount: entity.eligibleCount,
      tally: tallyOf(entity),
      outcome: entity.outcome,
      outcomeReason: entity.outcomeReason,
      cancelReason: entity.cancelReason,
      proposalId: entity.proposalId,
      openedById: entity.openedById,
      closedById: entity.closedById,
    });
  }
}

function tallyOf(entity: BallotEntity): BallotTally | null {
  if (entity.status !== BallotStatus.CLOSED) return null;
  return BallotTally.from({
    support: entity.tallySupport!,
    abstain: entity.tallyAbstain!,
    object: entity.tallyObject!,
    reservation: entity.tallyReservation!,
    notVoted: entity.tallyNotVoted!,
    eligible: entity.eligibleCount,
  });
}
