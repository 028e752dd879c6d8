import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class ListSummary {
  @Field(() => Int)
  entries: number;

  @Field(() => Int)
  active: number;

  @Field(() => Int)
  reserved: number;

  @Field(() => Int)
  definitions: number;
}
