import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class RevokeActingHeadInput {
  @Field(() => ID)
  @IsUUID()
  actingHeadId: string;
}
