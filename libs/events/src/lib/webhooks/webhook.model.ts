import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReleaseScope } from '../scopes/release-scope.model';
import { scopeOfWebhook, WebhookEntity, WebhookEvent } from './webhook.entity';

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

  @Field(() => ReleaseScope, { nullable: true, description: 'The subtree it receives deltas of; null: every publication, as the notice.' })
  scope: ReleaseScope | null;

  @Field()
  createdAt: Date;

  static from(entity: WebhookEntity): Webhook {
    const { id, apiClientId, url, events, createdAt } = entity;
    const scope = scopeOfWebhook(entity);
    return Object.assign(new Webhook(), { id, apiClientId, url, events, scope: scope && ReleaseScope.from(scope), createdAt });
  }
}
