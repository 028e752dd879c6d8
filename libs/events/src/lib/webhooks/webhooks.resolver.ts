import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { ParseIdPipe } from '@concord/shared/graphql';
import { RedeliverWebhookInput } from './redeliver-webhook.input';
import { RegisterWebhookInput } from './register-webhook.input';
import { RegisteredWebhook, Webhook, WebhookDelivery } from './webhook.models';
import { WebhookService } from './webhook.service';

/** API clients only: the service refuses people even though they may read releases. */
@Resolver()
export class WebhooksResolver {
  constructor(private readonly service: WebhookService) {}

  @Mutation(() => RegisteredWebhook, { description: 'Registers a callback for this API client. The signing secret is returned once.' })
  @Authorize(Permission.READ_RELEASES)
  async registerWebhook(@CurrentActor() actor: Actor, @Args('input') input: RegisterWebhookInput): Promise<RegisteredWebhook> {
    const { webhook, secret } = await this.service.register(actor, input);
    return { webhook: Webhook.from(webhook), secret };
  }

  @Query(() => [Webhook], { description: "This API client's webhooks." })
  @Authorize(Permission.READ_RELEASES)
  async webhooks(@CurrentActor() actor: Actor): Promise<Webhook[]> {
    return (await this.service.list(actor)).map(Webhook.from);
  }

  @Query(() => [WebhookDelivery], { description: 'The latest 100 deliveries of one of this client’s webhooks, with every attempt.' })
  @Authorize(Permission.READ_RELEASES)
  async webhookDeliveries(@CurrentActor() actor: Actor, @Args('webhookId', { type: () => ID }, ParseIdPipe) webhookId: string): Promise<WebhookDelivery[]> {
    return (await this.service.deliveries(actor, webhookId)).map(WebhookDelivery.from);
  }

  @Mutation(() => WebhookDelivery)
  @Authorize(Permission.READ_RELEASES)
  async redeliverWebhook(@CurrentActor() actor: Actor, @Args('input') input: RedeliverWebhookInput): Promise<WebhookDelivery> {
    return WebhookDelivery.from(await this.service.redeliver(actor, input));
  }
}
