import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class DisableTotpInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword: string;
}
