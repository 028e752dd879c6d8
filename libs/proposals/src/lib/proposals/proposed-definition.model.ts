import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class ProposedDefinition {
  @Field()
  term: string;

  @Field()
  text: string;
}
