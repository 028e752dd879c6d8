import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The same or a neighbouring item in another regime\'s list.' })
export class RegimeReference {
  @Field({ description: 'WA, EU, US-CCL, …' })
  regime: string;

  @Field()
  code: string;
}

@ObjectType()
export class RelatedControls {
  @Field(() => String, { nullable: true })
  text: string | null;

  @Field(() => [RegimeReference])
  references: RegimeReference[];
}
