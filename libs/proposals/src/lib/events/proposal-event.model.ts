import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConcordEvent } from '@concord/events';
import { ProposalEventType } from './proposal-events';

@ObjectType({ description: 'A proposal changed. Query the proposal for its content.' })
export class ProposalEvent {
  @Field(() => ProposalEventType)
  type: ProposalEventType;

  @Field(() => ID)
  proposalId: string;

  @Field()
  reference: string;

  @Field()
  status: string;

  @Field(() => Int)
  revision: number;

  @Field()
  occurredAt: Date;

  static from(event: ConcordEvent): ProposalEvent {
    return Object.assign(new ProposalEvent(), event.payload, { occurredAt: new Date(event.occurredAt) });
  }
}
