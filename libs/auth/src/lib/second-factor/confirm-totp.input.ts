import { Field, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';

@InputType()
export class ConfirmTotpInput {
  @Field({ description: 'A current code from the authenticator, proving it holds the secret.' })
  @Matches(/^\s*\d{3}\s?\d{3}\s*$/, { message: 'code must be 6 digits' })
  code: string;
}
