import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { PageArgs } from '@concord/shared/graphql';
import { ProposalStatus } from '../lifecycle/proposal-status';

@ArgsType()
export class ProposalsArgs extends PageArgs {
  @Field(() => ProposalStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProposalStatus)
  status?: ProposalStatus;

  @Field(() => [ProposalStatus], { nullable: true, description: 'Any of these statuses, e.g. everything still in process.' })
  @IsOptional()
  @ArrayMaxSize(7)
  @IsEnum(ProposalStatus, { each: true })
  statuses?: ProposalStatus[];

  @Field({ nullable: true, description: 'Sponsoring state, ISO code.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  sponsor?: string;

  @Field({ nullable: true, description: 'Entry code a change touches, e.g. 5A001.' })
  @IsOptional()
  @Matches(/^[0-9][A-E][0-9]{3}$/)
  code?: string;

  @Field({ nullable: true, description: 'Words in the title, rationale or changes.' })
  @IsOptional()
  @Length(1, 200)
  search?: string;
}
