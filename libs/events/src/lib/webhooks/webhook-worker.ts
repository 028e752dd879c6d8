import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxPoller } from '@concord/shared/db';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { DeliveryStatus, WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEntity } from './webhook.entity';
import { pinnedPost } from './pinned-post';
import { resolveTarget } from './webhook-target';
import { signWebhook } from './webhook-signature';

const BATCH = 20;
/** With nothing pending, the worker only looks again this rarely (for deliveries another instance left behind). */
const IDLE_SWEEP_MS = 60_000;

/**
 * Sends due deliveries from the webhook_delivery table. Each is claimed with FOR UPDATE SKIP LOCKED and a lease (its
 * next_attempt_at pushed past the request timeout), so several instances never send one delivery twice at once, and
 * a delivery whose instance died is picked up again when the lease runs out. Failures retry after
 * base × 2^(attempt − 1) until the attempt budget is spent. While deliveries are pending it polls every
 * WEBHOOK_POLL_MS; when none are, it sleeps until woken by an enqueue on this instance or the idle sweep.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Webhooks');
  private readonly poller: OutboxPoller;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: ConcordConfig,
  ) {
    this.poller = new OutboxPoller(db, { round: () => this.tick(), delayAfter: (busy) => (busy ? config.webhookPollMs : IDLE_SWEEP_MS) });
  }

  onApplicationBootstrap(): void {
    this.poller.start();
  }

  /** Before the database pool closes: stop, and let the attempt in flight finish and be recorded. */
  async onModuleDestroy(): Promise<void> {
    await this.poller.stop();
  }

  /** Deliveries were queued in this transaction: look for them as soon as it commits. */
  wakeAfterCommit(manager: EntityManager): void {
    this.poller.wakeAfterCommit(manager);
  }

  /** One round; tells whether deliveries are still pending. */
  async tick(): Promise<boolean> {
    try {
      const leaseMs = this.config.webhookTimeoutMs + 5000;
      const [claimed] = (await this.db.query(
        `UPDATE webhook_delivery SET next_attempt_at = now() + make_interval(secs => $1::double precision / 1000)
         WHERE id IN (SELECT id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= now()
                      ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
         RETURNING id`,
        [leaseMs],
      )) as [{ id: string }[], number];
      await Promise.all(claimed.map((row) => this.attempt(row.id)));
      const [pending] = (await this.db.query(`SELECT 1 FROM webhook_delivery WHERE status = 'PENDING' LIMIT 1`)) as unknown[];
      return pending !== undefined;
    } catch (error) {
      this.logger.error(`Webhook delivery round failed: ${error instanceof Error ? error.message : String(error)}`);
      return true;
    }
  }

  private async attempt(deliveryId: string): Promise<void> {
    const delivery = await this.db.getRepository(WebhookDeliveryEntity).findOneByOrFail({ id: deliveryId });
    const webhook = await this.db
      .getRepository(WebhookEntity)
      .createQueryBuilder('w')
      .addSelect('w.secret')
      .where('w.id = :id', { id: delivery.webhookId })
      .getOneOrFail();
    const started = Date.now();
    const timestamp = Math.floor(started / 1000);
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      // Again at every attempt, and pinned for the connection: what a name resolves to can change at any moment.
      const target = await resolveTarget(webhook.url, !this.config.webhookAllowPrivateTargets);
      if ('refused' in target) throw new Error(`not sent: ${target.refused}`);
      statusCode = await pinnedPost({
        url: webhook.url,
        target,
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Concord-Webhooks/1',
          'Concord-Delivery': delivery.id,
          'Concord-Event': delivery.eventType,
          'Concord-Timestamp': String(timestamp),
          'Concord-Signature': signWebhook(webhook.secret, timestamp, delivery.body),
        },
        body: delivery.body,
        timeoutMs: this.config.webhookTimeoutMs,
      });
    } catch (failure) {
      error = failure instanceof Error ? `${failure.name}: ${(failure.cause as Error | undefined)?.message ?? failure.message}` : String(failure);
    }
    await this.record(delivery, { statusCode, error, started });
  }

  private async record(delivery: WebhookDeliveryEntity, outcome: { statusCode: number | null; error: string | null; started: number }) {
    const succeeded = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
    const attempts = delivery.attempts + 1;
    const exhausted = attempts >= this.config.webhookMaxAttempts;
    const status = succeeded ? DeliveryStatus.SUCCEEDED : exhausted ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
    const error = outcome.error ?? (succeeded ? null : `HTTP ${outcome.statusCode}`);
    await this.db.transaction(async (manager) => {
      await manager.insert(WebhookAttemptEntity, {
        deliveryId: delivery.id,
        number: attempts,
        attemptedAt: new Date(outcome.started),
        statusCode: outcome.statusCode,
        error,
        durationMs: Date.now() - outcome.started,
      });
      await manager.update(WebhookDeliveryEntity, { id: delivery.id }, {
        attempts,
        status,
        lastStatusCode: outcome.statusCode,
        lastError: error,
        nextAttemptAt: status === DeliveryStatus.PENDING ? new Date(Date.now() + this.config.webhookRetryBaseMs * 2 ** (attempts - 1)) : null,
        completedAt: status === DeliveryStatus.PENDING ? null : new Date(),
      });
    });
  }
}
