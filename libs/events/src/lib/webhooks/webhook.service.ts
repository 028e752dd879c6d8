import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessPolicy, Actor, ApiClientActor, AuditTrail, Permission } from '@concord/auth';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { badInput, forbidden, groupByKeys, notFound } from '@concord/shared/graphql';
import { ConcordEvent } from '../bus/concord-event';
import { DeliveryStatus, WebhookDeliveryEntity } from './webhook-delivery.entity';
import { NormalisedScope, normaliseScope } from '../scopes/release-scope';
import { WebhookEntity, webhookEventOf } from './webhook.entity';
import { RedeliverWebhookInput } from './redeliver-webhook.input';
import { RegisterWebhookInput } from './register-webhook.input';
import { nonPublicTargetReason } from './webhook-target';
import { issueWebhookSecret } from './webhook-signature';
import { WebhookWorker } from './webhook-worker';
import { EventErrorReason } from '../event-error-reason';
import { EventAuditAction } from '../event-audit-action';

/** What one webhook is sent for an event: the exact bytes POSTed and signed, and the Concord-Event header. */
export interface DeliveryContent {
  eventType: string;
  body: string;
}

/**
 * Callbacks for machine clients (DESIGN §8): registered by an API client, for that client only. The secretariat reads
 * every client's webhooks and deliveries and may redeliver, because it is who a government calls when one is missing.
 */
@Injectable()
export class WebhookService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: ConcordConfig,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
    private readonly worker: WebhookWorker,
  ) {}

  async register(actor: Actor, input: RegisterWebhookInput): Promise<{ webhook: WebhookEntity; secret: string }> {
    const client = this.assertApiClient(actor);
    if (this.config.environment === 'production' && !input.url.startsWith('https://')) {
      throw badInput('Webhook URLs must use https', EventErrorReason.INSECURE_WEBHOOK_URL, [{ field: 'url', message: 'must be https' }]);
    }
    const refused = this.config.webhookAllowPrivateTargets ? undefined : await nonPublicTargetReason(input.url);
    if (refused) throw badInput(`Webhook URLs must reach a public address: ${refused}`, EventErrorReason.WEBHOOK_TARGET_NOT_PUBLIC, [{ field: 'url', message: refused }]);
    const scope = input.scope ? normaliseScope(input.scope) : null;
    const secret = issueWebhookSecret();
    return this.db.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(WebhookEntity, {
          apiClientId: client.id,
          url: input.url,
          events: [...new Set(input.events)],
          scopePrefixes: scope?.prefixes ?? null,
          scopeCodes: scope?.codes ?? null,
          secret,
        }),
      );
      const webhook = await manager.findOneByOrFail(WebhookEntity, { id: saved.id });
      await this.audit.record(manager, actor, {
        action: EventAuditAction.WEBHOOK_REGISTERED,
        objectType: 'webhook',
        objectId: webhook.id,
        summary: { url: webhook.url, events: webhook.events, scope },
      });
      return { webhook, secret };
    });
  }

  /** Webhooks per API client, for the registry; the caller has checked MANAGE_REGISTRY. */
  readonly byApiClient = () =>
    new DataLoader<string, WebhookEntity[]>(async (clientIds) =>
      groupByKeys(
        clientIds,
        await this.db.getRepository(WebhookEntity).find({ where: { apiClientId: In([...clientIds]) }, order: { createdAt: 'ASC' } }),
        (webhook) => webhook.apiClientId,
      ),
    );

  assertMayReadAll(actor: Actor): void {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
  }

  async find(actor: Actor, webhookId: string): Promise<WebhookEntity> {
    return this.visibleWebhook(actor, webhookId);
  }

  async list(actor: Actor): Promise<WebhookEntity[]> {
    const client = this.assertApiClient(actor);
    return this.db.getRepository(WebhookEntity).find({ where: { apiClientId: client.id }, order: { createdAt: 'ASC' } });
  }

  async deliveries(actor: Actor, webhookId: string): Promise<WebhookDeliveryEntity[]> {
    await this.visibleWebhook(actor, webhookId);
    return this.db.getRepository(WebhookDeliveryEntity).find({
      where: { webhookId },
      relations: { attemptLog: true },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  /** A fresh delivery of the same body, attempted at once with a full retry budget. */
  async redeliver(actor: Actor, input: RedeliverWebhookInput): Promise<WebhookDeliveryEntity> {
    const ownerOnly = this.ownerScope(actor);
    return this.db.transaction(async (manager) => {
      const query = manager
        .getRepository(WebhookDeliveryEntity)
        .createQueryBuilder('d')
        .innerJoin(WebhookEntity, 'w', 'w.id = d.webhook_id')
        .where('d.id = :id', { id: input.deliveryId });
      if (ownerOnly) query.andWhere('w.api_client_id = :client', { client: ownerOnly });
      const original = await query.getOne();
      if (!original) throw notFound('Webhook delivery', input.deliveryId, EventErrorReason.DELIVERY_NOT_FOUND);
      const copy = await manager.save(
        manager.create(WebhookDeliveryEntity, { webhookId: original.webhookId, eventType: original.eventType, body: original.body, nextAttemptAt: new Date() }),
      );
      await this.audit.record(manager, actor, {
        action: EventAuditAction.WEBHOOK_REDELIVERY_REQUESTED,
        objectType: 'webhook_delivery',
        objectId: copy.id,
        summary: { webhookId: original.webhookId, of: original.id, eventType: original.eventType },
      });
      this.worker.wakeAfterCommit(manager);
      return manager.findOneOrFail(WebhookDeliveryEntity, { where: { id: copy.id }, relations: { attemptLog: true } });
    });
  }

  /**
   * Call inside the transaction that makes the event happen (release publication): the deliveries commit with it,
   * and the worker sends them after. Only events every release reader may see go to machine clients. A webhook with a
   * scope receives `scoped(scope)` instead of the event (once per distinct scope), or nothing when that is null;
   * without `scoped`, scoped webhooks receive nothing of this event.
   */
  async enqueueForEvent(manager: EntityManager, event: ConcordEvent, scoped?: (scope: NormalisedScope) => Promise<DeliveryContent | null>): Promise<number> {
    if (event.audience.scope !== 'RELEASE_READERS') {
      throw new Error(`${event.type} is not for machine clients: only release-reader events are sent to webhooks`);
    }
    const subscribed: { id: string; scope_prefixes: string[] | null; scope_codes: string[] | null }[] = await manager.query(
      `SELECT w.id, w.scope_prefixes, w.scope_codes FROM webhook w JOIN api_client c ON c.id = w.api_client_id
       WHERE $1 = ANY(w.events) AND c.revoked_at IS NULL AND 'RELEASES_READ' = ANY(c.scopes)`,
      [webhookEventOf(event.type)],
    );
    const notice: DeliveryContent = { eventType: event.type, body: JSON.stringify({ type: event.type, occurredAt: event.occurredAt, data: event.payload }) };
    // In turn, not at once: every build reads through the one connection of this transaction.
    const byScope = new Map<string, DeliveryContent | null>();
    const due: { webhookId: string; delivery: DeliveryContent }[] = [];
    for (const webhook of subscribed) {
      if (!webhook.scope_prefixes || !webhook.scope_codes) {
        due.push({ webhookId: webhook.id, delivery: notice });
        continue;
      }
      const scope = { prefixes: webhook.scope_prefixes, codes: webhook.scope_codes };
      const key = JSON.stringify(scope);
      if (!byScope.has(key)) byScope.set(key, scoped ? await scoped(scope) : null);
      const delivery = byScope.get(key);
      if (delivery) due.push({ webhookId: webhook.id, delivery });
    }
    if (!due.length) return 0;
    await manager.insert(
      WebhookDeliveryEntity,
      due.map(({ webhookId, delivery }) => ({ webhookId, eventType: delivery.eventType, body: delivery.body, status: DeliveryStatus.PENDING, nextAttemptAt: new Date() })),
    );
    this.worker.wakeAfterCommit(manager);
    return due.length;
  }

  private assertApiClient(actor: Actor): ApiClientActor {
    this.access.assert(actor, Permission.READ_RELEASES);
    if (actor.kind !== 'API_CLIENT') throw forbidden('Webhooks belong to API clients', EventErrorReason.API_CLIENTS_ONLY);
    return actor;
  }

  /** The API client whose webhooks alone this actor may see, or undefined for the secretariat, which sees all. */
  private ownerScope(actor: Actor): string | undefined {
    if (actor.kind === 'USER' && this.access.allows(actor, Permission.MANAGE_REGISTRY)) return undefined;
    return this.assertApiClient(actor).id;
  }

  private async visibleWebhook(actor: Actor, webhookId: string): Promise<WebhookEntity> {
    const ownerOnly = this.ownerScope(actor);
    const webhook = await this.db.getRepository(WebhookEntity).findOneBy({ id: webhookId, ...(ownerOnly ? { apiClientId: ownerOnly } : {}) });
    if (!webhook) throw notFound('Webhook', webhookId, EventErrorReason.WEBHOOK_NOT_FOUND);
    return webhook;
  }
}
