import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class SignOutEverywherePayload {
  @Field(() => Int, { description: 'Sessions ended; every access token issued before, this one included, stops working.' })
  endedSessions: number;
}
