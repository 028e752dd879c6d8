import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxPoller } from '@concord/shared/db';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { MailMessageEntity, MailStatus } from './mail-message.entity';
import { MailTransport } from './mail-transport';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

const BATCH = 20;

/**
 * Sends due messages from `mail_outbox`, like the webhook worker: each round claims rows with FOR UPDATE SKIP LOCKED
 * and a lease (next_attempt_at pushed past the send timeout), so two instances never send one message, and a message
 * whose instance died mid-send goes out when the lease runs out. A failure retries after base × 2^(attempt − 1).
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly poller: OutboxPoller;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: ConcordConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {
    this.poller = new OutboxPoller(db, {
      round: () => this.tick(),
      delayAfter: (busy) => (busy ? Math.min(config.mailPollMs, 1000) : config.mailPollMs),
    });
  }

  onApplicationBootstrap(): void {
    this.logger.log(`Mail goes to ${this.transport.description}`);
    this.poller.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.poller.stop();
    this.transport.close();
  }

  wakeAfterCommit(manager: EntityManager): void {
    this.poller.wakeAfterCommit(manager);
  }

  /** One round: sends what is due and tells whether messages are still waiting. Tests call it directly. */
  async tick(): Promise<boolean> {
    try {
      const [claimed] = (await this.db.query(
        `UPDATE mail_outbox SET next_attempt_at = now() + make_interval(secs => $1::double precision / 1000)
         WHERE id IN (SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= now()
                      ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
         RETURNING id`,
        [this.config.mailSendTimeoutMs * 2],
      )) as [{ id: string }[], number];
      for (const row of claimed) await this.attempt(row.id);
      const [due] = (await this.db.query(`SELECT 1 FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= now() LIMIT 1`)) as unknown[];
      return due !== undefined;
    } catch (error) {
      this.logger.error(`Mail round failed: ${error instanceof Error ? error.message : String(error)}`);
      return true;
    }
  }

  private async attempt(id: string): Promise<void> {
    const mail = await this.db.getRepository(MailMessageEntity).findOneByOrFail({ id });
    let error: string | null = null;
    try {
      await this.transport.send({
        messageId: `<${mail.id}@concord>`,
        from: this.config.mailFrom,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
        locale: mail.locale,
      });
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    const attempts = mail.attempts + 1;
    const status = error === null ? MailStatus.SENT : attempts >= this.config.mailMaxAttempts ? MailStatus.FAILED : MailStatus.PENDING;
    if (error) this.logger.warn(`Mail ${mail.id} (${mail.category}) not sent, attempt ${attempts}: ${error}`);
    await this.db.getRepository(MailMessageEntity).update(
      { id: mail.id },
      {
        attempts,
        status,
        lastError: error,
        sentAt: status === MailStatus.SENT ? new Date() : null,
        nextAttemptAt: status === MailStatus.PENDING ? new Date(Date.now() + this.config.mailRetryBaseMs * 2 ** (attempts - 1)) : null,
      },
    );
  }
}
