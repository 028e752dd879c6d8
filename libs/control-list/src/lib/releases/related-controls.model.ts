import { Field, ObjectType } from '@nestjs/graphql';
import { Immutable } from '@concord/shared/graphql';
import { RegimeReference } from './regime-reference.model';

@ObjectType()
export class RelatedControls {
  @Immutable()
  @Field(() => String, { nullable: true })
  text: string | null;

  @Immutable()
  @Field(() => [RegimeReference])
  references: RegimeReference[];
}
