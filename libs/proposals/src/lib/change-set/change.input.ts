import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsIn, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { CorrelationRelationEnum, CustomsSchemeEnum, EntryStatusEnum, LIST_LIMITS, ParagraphKindEnum } from '@concord/control-list';
import type { CorrelationRelation, CustomsScheme, EntryStatus, ParagraphKind } from '@concord/control-list';
import { ChangeKind } from './change';

registerEnumType(ChangeKind, { name: 'ChangeKind', description: 'REMOVE_ENTRY makes the code RESERVED: it is never reused.' });

@InputType()
export class ParagraphInput {
  @Field({ description: 'e.g. 5A001.j.1.a; a note carries the path of the paragraph it belongs to.' })
  @IsString()
  @MaxLength(LIST_LIMITS.pathLength)
  path: string;

  @Field(() => ParagraphKindEnum)
  @IsIn(Object.values(ParagraphKindEnum))
  kind: ParagraphKind;

  @Field()
  @IsString()
  @Length(1, LIST_LIMITS.paragraphTextLength)
  text: string;
}

@InputType()
export class RegimeReferenceInput {
  @Field({ description: 'The regime\'s code: WA, EU, US-CCL, USML, MTCR, NSG, AG or CWC (see listVocabulary).' })
  @Length(1, 20)
  regime: string;

  @Field()
  @Length(1, LIST_LIMITS.referenceCodeLength)
  code: string;
}

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

@InputType({ description: 'A whole entry as it would read after the change.' })
export class EntryInput {
  @Field()
  @IsString()
  @MaxLength(10)
  code: string;

  @Field()
  @Length(1, LIST_LIMITS.headingLength)
  heading: string;

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

@InputType()
export class DefinitionInput {
  @Field()
  @Length(1, LIST_LIMITS.termLength)
  term: string;

  @Field()
  @Length(1, LIST_LIMITS.definitionTextLength)
  text: string;
}

@InputType({ description: 'One change. ADD_ENTRY: entry. AMEND_ENTRY: code and entry. REMOVE_ENTRY: code. ADD_DEFINITION: definition. AMEND_DEFINITION: term and definition. REMOVE_DEFINITION: term.' })
export class ChangeInput {
  @Field(() => ChangeKind)
  @IsEnum(ChangeKind)
  kind: ChangeKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, LIST_LIMITS.termLength)
  term?: string;

  @Field(() => EntryInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EntryInput)
  entry?: EntryInput;

  @Field(() => DefinitionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DefinitionInput)
  definition?: DefinitionInput;
}
