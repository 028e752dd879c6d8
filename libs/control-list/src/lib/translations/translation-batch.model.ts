import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What one record or withdraw did.' })
export class TranslationBatch {
  @Field()
  language: string;

  @Field({ description: 'The delegation whose translations these are, e.g. FR.' })
  state: string;

  @Field(() => Int)
  units: number;
}
