import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsString, ValidateNested } from 'class-validator';
import { TranslationPlaceInput } from './translation-unit.input';

@InputType({ description: "Removes the caller's delegation's translations of these units into one language." })
export class WithdrawTranslationsInput {
  @Field()
  @IsString()
  language: string;

  @Field(() => [TranslationPlaceInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => TranslationPlaceInput)
  units: TranslationPlaceInput[];
}
