import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link.' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @MaxLength(200)
  newPassword: string;
}
