import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID)
  @IsUUID()
  deliveryId: string;
}
