import { Field, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Every filter but the action, whose enum the API assembles (see AuditEvent); auditLogResolver() adds it. */
@InputType({ isAbstract: true })
export class AuditLogFilter {
  /** The stored value of some library's …AuditAction. */
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
