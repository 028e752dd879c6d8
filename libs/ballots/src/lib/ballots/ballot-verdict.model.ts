import { Field, ObjectType } from '@nestjs/graphql';
import { BallotOutcome } from '../decision/ballot-terms';
import { BallotTally } from './ballot-tally.model';

@ObjectType({ description: 'What the rule gives for a set of positions.' })
export class BallotVerdict {
  @Field(() => BallotOutcome)
  outcome: BallotOutcome;

  @Field({ description: 'CONSENSUS_REACHED, SILENCE_KEPT, THRESHOLD_MET, OBJECTION_STANDS, RESERVATION_STANDS, QUORUM_NOT_MET …' })
  reason: string;

  @Field(() => BallotTally)
  tally: BallotTally;
}
