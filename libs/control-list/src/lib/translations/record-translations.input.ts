import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsString, ValidateNested } from 'class-validator';
import { RecordedStatus, TextStatus } from './text-status';
import { TranslationUnitInput } from './translation-unit.input';

@InputType({ description: "Translations by the caller's delegation into one language; each replaces the delegation's earlier one of that unit." })
export class RecordTranslationsInput {
  @Field({ description: 'e.g. fr, ja, pt-BR; never en.' })
  @IsString()
  language: string;

  @Field(() => TextStatus, { defaultValue: TextStatus.TRANSLATION, description: 'TRANSLATION or MACHINE; AUTHENTIC texts come only through proposals.' })
  @IsIn([TextStatus.TRANSLATION, TextStatus.MACHINE])
  status: RecordedStatus;

  @Field(() => [TranslationUnitInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => TranslationUnitInput)
  units: TranslationUnitInput[];
}
