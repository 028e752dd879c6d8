import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConcordEvent, concordEvent } from '@concord/events';

export enum BallotEventType {
  OPENED = 'OPENED',
  POSITION_CHANGED = 'POSITION_CHANGED',
  /** The secretariat moved the deadline later. */
  EXTENDED = 'EXTENDED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BallotEventType, { name: 'BallotEventType' });

type BallotEventPayload = {
  type: BallotEventType;
  ballotId: string;
  proposalId: string;
  /** The state whose position changed (POSITION_CHANGED). */
  stateId: string | null;
  position: string | null;
  /** ADOPTED, REJECTED or LAPSED (CLOSED). */
  outcome: string | null;
};

/** Ballots are deliberations: every participant may follow them, machine clients may not. */
export const ballotEvent = (payload: BallotEventPayload): ConcordEvent<BallotEventPayload> =>
  concordEvent('ballot', `ballot.${payload.type.toLowerCase()}`, { scope: 'PARTICIPANTS' }, payload);

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
