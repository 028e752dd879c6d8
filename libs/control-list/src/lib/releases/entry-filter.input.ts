import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, Length, Matches } from 'class-validator';
import type { EntryStatus } from '../list-document';
import { EntryStatusEnum } from './control-list.enums';

@InputType({ description: 'Every given condition must hold.' })
export class EntryFilter {
  @Field({ nullable: true, description: 'Category digit, e.g. 4.' })
  @IsOptional()
  @Matches(/^[0-9]$/, { message: 'category must be one digit, e.g. 4' })
  category?: string;

  @Field({ nullable: true, description: 'Product group A to E.' })
  @IsOptional()
  @Matches(/^[A-E]$/, { message: 'productGroup must be one of A, B, C, D, E' })
  productGroup?: string;

  @Field({ nullable: true, description: 'A reason for control the entry carries, e.g. NS.' })
  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9]{0,9}$/, { message: 'reason must be an upper-case code, e.g. NS' })
  reason?: string;

  @Field({ nullable: true, description: 'The start of the code, e.g. 5A0.' })
  @IsOptional()
  @Matches(/^[0-9]([A-E][0-9]{0,3})?$/, { message: 'codePrefix must be the start of an entry code, e.g. 5A0' })
  codePrefix?: string;

  @Field(() => EntryStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(EntryStatusEnum))
  status?: EntryStatus;

  @Field({
    nullable: true,
    description: 'Words in the heading or paragraph text, web-search syntax: "intrusion software", quoted phrases, -word.',
  })
  @IsOptional()
  @Length(1, 200)
  search?: string;
}
