import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsUUID } from 'class-validator';

@InputType()
export class AppointActingHeadInput {
  @Field(() => ID, { description: 'A delegate of your own state.' })
  @IsUUID()
  delegateId: string;

  @Field({ description: 'From when the delegate acts for the head.' })
  @IsDate()
  startsAt: Date;

  @Field({ description: 'Until when (exclusive); later than startsAt and in the future.' })
  @IsDate()
  endsAt: Date;
}
