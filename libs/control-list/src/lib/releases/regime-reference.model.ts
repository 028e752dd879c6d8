import { Field, ObjectType } from '@nestjs/graphql';
import { Immutable } from '@concord/shared/graphql';

@ObjectType({ description: 'The same or a neighbouring item in another regime\'s list.' })
export class RegimeReference {
  @Immutable()
  @Field({ description: 'WA, EU, US-CCL, …' })
  regime: string;

  @Immutable()
  @Field()
  code: string;
}
