import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { DeliveryStatus, WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEntity, WebhookEvent } from './webhook.entity';

registerEnumType(DeliveryStatus, { name: 'WebhookDeliveryStatus' });

@ObjectType()
export class Webhook {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The API client that registered it and receives its deliveries.' })
  apiClientId: string;

  @Field()
  url: string;

  @Field(() => [WebhookEvent])
  events: WebhookEvent[];

  @Field()
  createdAt: Date;

  static from(entity: WebhookEntity): Webhook {
    const { id, apiClientId, url, events, createdAt } = entity;
    return Object.assign(new Webhook(), { id, apiClientId, url, events, createdAt });
  }
}

@ObjectType()
export class RegisteredWebhook {
  @Field(() => Webhook)
  webhook: Webhook;

  @Field({ description: 'Signs every delivery (HMAC-SHA256). Shown this once: store it now.' })
  secret: string;
}

@ObjectType()
export class WebhookAttempt {
  @Field(() => Int)
  number: number;

  @Field()
  attemptedAt: Date;

  @Field(() => Int, { nullable: true })
  statusCode: number | null;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => Int)
  durationMs: number;

  static from(entity: WebhookAttemptEntity): WebhookAttempt {
    const { number, attemptedAt, statusCode, error, durationMs } = entity;
    return Object.assign(new WebhookAttempt(), { number, attemptedAt, statusCode, error, durationMs });
  }
}

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
