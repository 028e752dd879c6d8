import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConcordEvent } from '@concord/events';
import { CommentEventType } from './proposal-events';

@ObjectType({ description: 'A comment on a proposal was added, edited or retracted. Query the comments for the text.' })
export class CommentEvent {
  @Field(() => CommentEventType)
  type: CommentEventType;

  @Field(() => ID)
  commentId: string;

  @Field(() => ID)
  proposalId: string;

  @Field(() => Int)
  revision: number;

  @Field()
  occurredAt: Date;

  static from(event: ConcordEvent): CommentEvent {
    return Object.assign(new CommentEvent(), event.payload, { occurredAt: new Date(event.occurredAt) });
  }
}
