import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class CloseBallotInput {
  @Field(() => ID)
  @IsUUID()
  ballotId: string;
}
