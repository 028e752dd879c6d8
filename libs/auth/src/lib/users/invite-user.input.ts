import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Role } from './user.entity';

@InputType({ description: 'A person to invite: they choose their own password through the mailed link.' })
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @Length(1, 120)
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for delegates and heads of delegation; empty for the secretariat.' })
  @IsOptional()
  @IsUUID()
  stateId?: string;
}
