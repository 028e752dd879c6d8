import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsIn, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { CorrelationRelationEnum, CustomsSchemeEnum, EntryStatusEnum, ParagraphKindEnum } from '@concord/control-list';
import type { CorrelationRelation, CustomsScheme, EntryStatus, ParagraphKind } from '@concord/control-list';
import { ChangeKind } from './change';

registerEnumType(ChangeKind, { name: 'ChangeKind', description: 'REMOVE_ENTRY makes the code RESERVED: it is never reused.' });

@InputType()
export class ParagraphInput {
  @Field({ description: 'e.g. 5A001.j.1.a; a note carries the path of the paragraph it belongs to.' })
  @IsString()
  @MaxLength(100)
  path: string;

  @Field(() => ParagraphKindEnum)
  @IsIn(Object.values(ParagraphKindEnum))
  kind: ParagraphKind;

  @Field()
  @IsString()
  @Length(1, 20000)
  text: string;
}

@InputType()
export class RegimeReferenceInput {
  @Field()
  @Length(1, 20)
  regime: string;

  @Field()
  @Length(1, 40)
  code: string;
}

@InputType()
export class CustomsCorrelationInput {
  @Field(() => CustomsSchemeEnum)
  @IsIn(Object.values(CustomsSchemeEnum))
  scheme: CustomsScheme;

  @Field()
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
  @Length(1, 5000)
  heading: string;

  @Field(() => EntryStatusEnum, { defaultValue: 'ACTIVE' })
  @IsIn(Object.values(EntryStatusEnum))
  status: EntryStatus;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  reasons: string[];

  @Field(() => [ParagraphInput])
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ParagraphInput)
  paragraphs: ParagraphInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  relatedControlsText?: string | null;

  @Field(() => [RegimeReferenceInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RegimeReferenceInput)
  references: RegimeReferenceInput[];

  @Field(() => [String], { defaultValue: [], description: 'Defined terms the entry uses.' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  definitions: string[];

  @Field(() => [CustomsCorrelationInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CustomsCorrelationInput)
  correlations: CustomsCorrelationInput[];
}

@InputType()
export class DefinitionInput {
  @Field()
  @Length(1, 200)
  term: string;

  @Field()
  @Length(1, 20000)
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
  @Length(1, 200)
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
