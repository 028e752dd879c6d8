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

  @Field(() => String, { nullable: true, description: 'SEQUENCE_GAP, PREV_HASH_MISMATCH or HASH_MISMATCH.' })
  reason: string | null;

  @Field(() => String, { nullable: true })
  detail: string | null;
}
