import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConcordEvent } from '@concord/events';
import { BallotEventType } from './ballot-events';

@ObjectType()
export class BallotEvent {
  @Field(() => BallotEventType)
  type: BallotEventType;

  @Field(() => ID)
  ballotId: string;

  @Field(() => ID)
  proposalId: string;

  @Field(() => ID, { nullable: true })
  stateId: string | null;

  @Field(() => String, { nullable: true })
  position: string | null;

  @Field(() => String, { nullable: true })
  outcome: string | null;

  static from(event: ConcordEvent): BallotEvent {
    return Object.assign(new BallotEvent(), event.payload);
  }
}
