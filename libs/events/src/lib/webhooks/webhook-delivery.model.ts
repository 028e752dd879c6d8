import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DeliveryStatus, WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookAttempt } from './webhook-attempt.model';

registerEnumType(DeliveryStatus, { name: 'WebhookDeliveryStatus' });

@ObjectType()
export class WebhookDelivery {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  webhookId: string;

  @Field()
  eventType: string;

  @Field(() => DeliveryStatus)
  status: DeliveryStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => Date, { nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => Int, { nullable: true })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => [WebhookAttempt])
  attemptLog: WebhookAttempt[];

  static from(entity: WebhookDeliveryEntity): WebhookDelivery {
    return Object.assign(new WebhookDelivery(), {
      ...entity,
      attemptLog: [...(entity.attemptLog ?? [])].sort((a, b) => a.number - b.number).map(WebhookAttempt.from),
    });
  }
}
