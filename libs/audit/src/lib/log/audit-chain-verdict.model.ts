import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The outcome of recomputing the whole audit chain.' })
export class AuditChainVerdict {
  @Field()
  valid: boolean;

  @Field(() => Int, { description: 'Events verified before the first broken link (all of them if valid).' })
  checked: number;

  @Field(() => Int, { nullable: true })
  firstBrokenSequence: number | null;

  @Field(() => ID, { nullable: true })
  firstBrokenEventId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'SEQUENCE_GAP, PREV_HASH_MISMATCH, HASH_MISMATCH, UNVERIFIABLE_EVENT, CHECKPOINT_MISMATCH (rewritten since a checkpoint), ' +
      'CHECKPOINT_NOT_REACHED (truncated since a checkpoint), CHECKPOINT_UNTRUSTED or CHECKPOINT_ORDER.',
  })
  reason: string | null;

  @Field(() => String, { nullable: true })
  detail: string | null;

  @Field(() => Int, { nullable: true, description: 'The checkpoint the chain was verified from; null: from the first event.' })
  fromSequence: number | null;

  @Field(() => Int, { nullable: true, description: 'The checkpoint the chain was shown to reproduce and extend; null: none.' })
  toSequence: number | null;
}
