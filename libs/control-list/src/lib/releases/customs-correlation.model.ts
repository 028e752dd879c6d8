import { Field, ObjectType } from '@nestjs/graphql';
import { Immutable } from '@concord/shared/graphql';
import type { CorrelationRelation, CustomsScheme } from '../list-document';
import { CorrelationRelationEnum, CustomsSchemeEnum } from './control-list.enums';

@ObjectType({ description: 'How an entry maps to a customs nomenclature code.' })
export class CustomsCorrelation {
  @Immutable()
  @Field(() => CustomsSchemeEnum)
  scheme: CustomsScheme;

  @Immutable()
  @Field()
  code: string;

  @Immutable()
  @Field(() => CorrelationRelationEnum)
  relation: CorrelationRelation;
}
