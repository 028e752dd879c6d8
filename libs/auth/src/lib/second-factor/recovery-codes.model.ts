import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Shown once: each code signs in once in place of an authenticator code.' })
export class RecoveryCodes {
  @Field(() => [String])
  codes: string[];
}
