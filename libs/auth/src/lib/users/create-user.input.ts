import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Role } from './user.entity';

@InputType()
export class CreateUserInput {
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

  @Field({ description: 'At least 12 characters.' })
  @Length(12, 200, { message: 'password must be between 12 and 200 characters long' })
  password: string;
}
