import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A defined term of the list, e.g. "intrusion software".' })
export class Definition {
  @Field()
  term: string;

  @Field()
  text: string;
}
