import { Field, InputType } from '@nestjs/graphql';
import { IsIn, Length } from 'class-validator';
import { CorrelationRelationEnum, CustomsSchemeEnum } from '@concord/control-list';
import type { CorrelationRelation, CustomsScheme } from '@concord/control-list';

@InputType()
export class CustomsCorrelationInput {
  @Field(() => CustomsSchemeEnum)
  @IsIn(Object.values(CustomsSchemeEnum))
  scheme: CustomsScheme;

  @Field({ description: 'Digits only: HS2022 2, 4 or 6 digits; CN 2, 4, 6 or 8 (e.g. 852589, not 8525.89).' })
  @Length(2, 10)
  code: string;

  @Field(() => CorrelationRelationEnum)
  @IsIn(Object.values(CorrelationRelationEnum))
  relation: CorrelationRelation;
}
