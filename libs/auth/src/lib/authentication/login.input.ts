import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;

  @Field({ nullable: true, description: 'The authenticator code, for an account with a second factor.' })
  @IsOptional()
  @Matches(/^\s*\d{3}\s?\d{3}\s*$/, { message: 'totpCode must be 6 digits' })
  totpCode?: string;

  @Field({ nullable: true, description: 'One of the recovery codes, in place of totpCode.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  recoveryCode?: string;
}
