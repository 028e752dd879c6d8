import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A code the list uses, with its name in English.' })
export class VocabularyTerm {
  @Field()
  code: string;

  @Field()
  name: string;
}
