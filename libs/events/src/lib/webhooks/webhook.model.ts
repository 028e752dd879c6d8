import { Field, ID, ObjectType } from '@nestjs/graphql';
import { WebhookEntity, WebhookEvent } from './webhook.entity';

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
