import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@concord/shared/graphql';

@InputType()
export class AuditLogFilter {
  @Field({ nullable: true, description: 'Exact action, e.g. proposal.submitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  objectType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  objectId?: string;

  @Field({ nullable: true, description: "A state's code. Delegations may only name their own." })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  stateCode?: string;

  @Field({ nullable: true, description: 'Events at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Events before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}
