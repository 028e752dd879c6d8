import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsUUID } from 'class-validator';

@InputType()
export class ExtendBallotInput {
  @Field(() => ID)
  @IsUUID()
  ballotId: string;

  @Field({ description: 'The new deadline: later than the current one (a ballot is never shortened).' })
  @IsDate()
  closesAt: Date;
}
