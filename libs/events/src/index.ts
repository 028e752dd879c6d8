import { WebhookAttemptEntity } from './lib/webhooks/webhook-attempt.entity';
import { WebhookDeliveryEntity } from './lib/webhooks/webhook-delivery.entity';
import { WebhookEntity } from './lib/webhooks/webhook.entity';

export * from './lib/bus/concord-event';
export * from './lib/bus/event-bus';
export * from './lib/bus/revocation-broadcast';
export * from './lib/events.module';
export * from './lib/subscriptions/graphql-ws-options';
export * from './lib/subscriptions/open-sockets';
export * from './lib/scopes/release-scope';
export * from './lib/scopes/release-scope.input';
export * from './lib/scopes/release-scope.model';
export * from './lib/webhooks/webhook-attempt.entity';
export * from './lib/webhooks/webhook-delivery.entity';
export * from './lib/webhooks/webhook.entity';
export * from './lib/webhooks/webhook.service';
export * from './lib/webhooks/webhook-signature';
export * from './lib/event-error-reason';
export * from './lib/event-audit-action';

export const EVENT_ENTITIES = [WebhookEntity, WebhookDeliveryEntity, WebhookAttemptEntity];
