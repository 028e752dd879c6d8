import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { ParseIdPipe } from '@concord/shared/graphql';
import { RedeliverWebhookInput } from './redeliver-webhook.input';
import { RegisterWebhookInput } from './register-webhook.input';
import { RegisteredWebhook } from './registered-webhook.model';
import { Webhook } from './webhook.model';
import { WebhookDelivery } from './webhook-delivery.model';
import { WebhookService } from './webhook.service';

/**
 * An API client manages its own webhooks; the secretariat reads any one and its deliveries, and may redeliver. The
 * service refuses everyone else, even though they may read releases.
 */
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

  @Query(() => Webhook, { description: 'One webhook: this API client’s own, or any one for the secretariat.' })
  @Authorize(Permission.READ_RELEASES)
  async webhook(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<Webhook> {
    return Webhook.from(await this.service.find(actor, id));
  }

  @Query(() => [WebhookDelivery], {
    description: 'The latest 100 deliveries of a webhook, newest first, with every attempt: this API client’s own, or any for the secretariat.',
  })
  @Authorize(Permission.READ_RELEASES)
  async webhookDeliveries(@CurrentActor() actor: Actor, @Args('webhookId', { type: () => ID }, ParseIdPipe) webhookId: string): Promise<WebhookDelivery[]> {
    return (await this.service.deliveries(actor, webhookId)).map(WebhookDelivery.from);
  }

  @Mutation(() => WebhookDelivery, { description: 'Sends a delivery’s body again as a new delivery, at once, with a full retry budget.' })
  @Authorize(Permission.READ_RELEASES)
  async redeliverWebhook(@CurrentActor() actor: Actor, @Args('input') input: RedeliverWebhookInput): Promise<WebhookDelivery> {
    return WebhookDelivery.from(await this.service.redeliver(actor, input));
  }
}
