import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID, Length } from 'class-validator';

@InputType()
export class CancelBallotInput {
  @Field(() => ID)
  @IsUUID()
  ballotId: string;

  @Field({ description: 'Why, for every participant: e.g. "the sponsor will revise the text after comments".' })
  @Length(1, 2000)
  reason: string;
}
