import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword: string;

  @Field({ description: 'At least 12 characters, not a common password, not your email.' })
  @IsString()
  @MaxLength(200)
  newPassword: string;
}
