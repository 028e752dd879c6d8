import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '@concord/shared/graphql';
import { BallotFilter } from './ballot-filter.input';

@ArgsType()
export class BallotsArgs extends PageArgs {
  @Field(() => BallotFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BallotFilter)
  filter?: BallotFilter;
}
