import { Global, Module } from '@nestjs/common';
import { AuthModule, CredentialRevocations } from '@concord/auth';
import { CONCORD_CONFIG, ConcordConfig } from '@concord/shared/config';
import { EVENT_TRANSPORT, EventBus } from './bus/event-bus';
import { InProcessTransport, RedisTransport } from './bus/event-transport';
import { RevocationBroadcast } from './bus/revocation-broadcast';
import { OpenSockets } from './subscriptions/open-sockets';
import { WebhookService } from './webhooks/webhook.service';
import { WebhookWorker } from './webhooks/webhook-worker';
import { WebhooksResolver } from './webhooks/webhooks.resolver';
import { ApiClientWebhooksResolver } from './webhooks/api-client-webhooks.resolver';

/**
 * Global like the audit module: every use case that changes state may publish, in one line. It also binds auth's
 * CredentialRevocations port, which auth (below this library) reaches only through the global export.
 */
@Global()
@Module({
  imports: [AuthModule],
  providers: [
    {
      provide: EVENT_TRANSPORT,
      inject: [CONCORD_CONFIG],
      useFactory: (config: ConcordConfig) =>
        config.redisUrl ? RedisTransport.connect(config.redisUrl, config.eventsChannelPrefix) : new InProcessTransport(),
    },
    EventBus,
    RevocationBroadcast,
    { provide: CredentialRevocations, useExisting: RevocationBroadcast },
    OpenSockets,
    WebhookService,
    WebhookWorker,
    WebhooksResolver,
    ApiClientWebhooksResolver,
  ],
  exports: [EventBus, RevocationBroadcast, CredentialRevocations, OpenSockets, WebhookService],
})
export class EventsModule {}
