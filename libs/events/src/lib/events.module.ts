import { Global, Module } from '@nestjs/common';
import { AuthModule } from '@concord/auth';
import { CONCORD_CONFIG, ConcordConfig } from '@concord/shared/config';
import { EVENT_TRANSPORT, EventBus } from './bus/event-bus';
import { InProcessTransport, RedisTransport } from './bus/event-transport';
import { OpenSockets } from './subscriptions/open-sockets';
import { WebhookService } from './webhooks/webhook.service';
import { WebhookWorker } from './webhooks/webhook-worker';
import { WebhooksResolver } from './webhooks/webhooks.resolver';
import { ApiClientWebhooksResolver } from './webhooks/api-client-webhooks.resolver';

/** Global like the audit module: every use case that changes state may publish, in one line. */
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
    OpenSockets,
    WebhookService,
    WebhookWorker,
    WebhooksResolver,
    ApiClientWebhooksResolver,
  ],
  exports: [EventBus, OpenSockets, WebhookService],
})
export class EventsModule {}
