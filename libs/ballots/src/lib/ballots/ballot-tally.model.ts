import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Tally } from '../decision/decide';

@ObjectType({ description: 'The count stored when the ballot closed.' })
export class BallotTally implements Tally {
  @Field(() => Int)
  support: number;

  @Field(() => Int)
  abstain: number;

  @Field(() => Int)
  object: number;

  @Field(() => Int)
  reservation: number;

  @Field(() => Int, { description: 'Eligible states that took no position.' })
  notVoted: number;

  @Field(() => Int, { description: 'States ACTIVE when the ballot opened.' })
  eligible: number;

  static from(tally: Tally): BallotTally {
    return Object.assign(new BallotTally(), tally);
  }
}
