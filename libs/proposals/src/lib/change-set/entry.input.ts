import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { EntryStatusEnum, LIST_LIMITS } from '@concord/control-list';
import type { EntryStatus } from '@concord/control-list';
import { AuthenticTextInput, byLanguage } from './authentic-text.input';
import { ParagraphInput } from './paragraph.input';
import { RegimeReferenceInput } from './regime-reference.input';
import { CustomsCorrelationInput } from './customs-correlation.input';

@InputType({ description: 'A whole entry as it would read after the change.' })
export class EntryInput {
  @Field()
  @IsString()
  @MaxLength(10)
  code: string;

  @Field()
  @Length(1, LIST_LIMITS.headingLength)
  heading: string;

  @Field(() => [AuthenticTextInput], { defaultValue: [], description: 'The same text in other languages, authentic once adopted.' })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique(byLanguage, { message: 'one text per language' })
  @ValidateNested({ each: true })
  @Type(() => AuthenticTextInput)
  headingTexts: AuthenticTextInput[];

  @Field(() => EntryStatusEnum, { defaultValue: 'ACTIVE' })
  @IsIn(Object.values(EntryStatusEnum))
  status: EntryStatus;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.reasonsPerEntry)
  @IsString({ each: true })
  reasons: string[];

  @Field(() => [ParagraphInput])
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.paragraphsPerEntry)
  @ValidateNested({ each: true })
  @Type(() => ParagraphInput)
  paragraphs: ParagraphInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIST_LIMITS.relatedControlsTextLength)
  relatedControlsText?: string | null;

  @Field(() => [RegimeReferenceInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.referencesPerEntry)
  @ValidateNested({ each: true })
  @Type(() => RegimeReferenceInput)
  references: RegimeReferenceInput[];

  @Field(() => [String], { defaultValue: [], description: 'Defined terms the entry uses.' })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.termsPerEntry)
  @IsString({ each: true })
  definitions: string[];

  @Field(() => [CustomsCorrelationInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.correlationsPerEntry)
  @ValidateNested({ each: true })
  @Type(() => CustomsCorrelationInput)
  correlations: CustomsCorrelationInput[];
}
