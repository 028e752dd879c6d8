import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { LIST_LIMITS } from '@concord/control-list';
import { ChangeKind } from './change';
import { EntryInput } from './entry.input';
import { DefinitionInput } from './definition.input';

registerEnumType(ChangeKind, { name: 'ChangeKind', description: 'REMOVE_ENTRY makes the code RESERVED: it is never reused.' });

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
