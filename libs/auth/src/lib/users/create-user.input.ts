import { Field, InputType } from '@nestjs/graphql';
import { Length } from 'class-validator';
import { InviteUserInput } from './invite-user.input';

/** An account whose first password the secretariat sets itself; `inviteUser` lets the person choose it instead. */
@InputType()
export class CreateUserInput extends InviteUserInput {
  @Field({ description: 'At least 12 characters.' })
  @Length(12, 200, { message: 'password must be between 12 and 200 characters long' })
  password: string;
}
