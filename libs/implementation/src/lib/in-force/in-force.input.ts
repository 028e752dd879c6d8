import { Field, InputType } from '@nestjs/graphql';
import { Length, Matches } from 'class-validator';

@InputType()
export class InForceInput {
  @Field({ description: 'A participating state, e.g. FR.' })
  @Matches(/^[A-Z]{2}$/, { message: 'state must be an ISO 3166-1 alpha-2 code such as FR' })
  state: string;

  @Field({ description: 'The day asked about, YYYY-MM-DD.' })
  @Length(10, 10)
  on: string;
}
