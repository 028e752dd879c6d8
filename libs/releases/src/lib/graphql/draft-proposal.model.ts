import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class DraftProposal {
  @Field(() => ID)
  id: string;

  @Field()
  reference: string;

  @Field()
  title: string;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
}
