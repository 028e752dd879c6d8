import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '@concord/shared/graphql';
import { EntryFilter } from './entry-filter.input';

@ArgsType()
export class EntriesArgs extends PageArgs {
  @Field(() => EntryFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EntryFilter)
  filter?: EntryFilter;
}
