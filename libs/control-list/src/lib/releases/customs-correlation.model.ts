import { Field, ObjectType } from '@nestjs/graphql';
import type { CorrelationRelation, CustomsScheme } from '../list-document';
import { CorrelationRelationEnum, CustomsSchemeEnum } from './control-list.enums';

@ObjectType({ description: 'How an entry maps to a customs nomenclature code.' })
export class CustomsCorrelation {
  @Field(() => CustomsSchemeEnum)
  scheme: CustomsScheme;

  @Field()
  code: string;

  @Field(() => CorrelationRelationEnum)
  relation: CorrelationRelation;
}
