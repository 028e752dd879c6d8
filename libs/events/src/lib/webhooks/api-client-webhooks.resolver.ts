import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, ApiClient, CurrentActor } from '@concord/auth';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { Webhook } from './webhook.model';
import { WebhookService } from './webhook.service';

/** Webhooks belong to the events lib; the registry reads them as a field of the API client that registered them. */
@Resolver(() => ApiClient)
export class ApiClientWebhooksResolver {
  constructor(private readonly service: WebhookService) {}

  @ResolveField(() => [Webhook], { description: 'The callbacks this client registered, oldest first. Secretariat only.' })
  async webhooks(@CurrentActor() actor: Actor, @Parent() client: ApiClient, @Loaders() loaders: RequestLoaders): Promise<Webhook[]> {
    this.service.assertMayReadAll(actor);
    return ((await loaders.get(this.service.byApiClient).load(client.id)) ?? []).map(Webhook.from);
  }
}
