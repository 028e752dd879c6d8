import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, ConcordConfig, InjectConfig } from '@concord/shared/config';
import { Locale, MailOutbox } from '@concord/shared/mail';
import { digestMail } from '../mail/notification-mail';
import { Delivery, NotificationKind } from '../notices/notification-kind';

interface DueRow {
  id: string;
  kind: NotificationKind;
  params: Record<string, string>;
  link: string;
  delivery: Delivery.DAILY | Delivery.WEEKLY;
}

/**
 * Sends the digests that are due: per person, one mail with every notification whose digest time has come. Each
 * person's rows are locked (SKIP LOCKED) and marked digested in the transaction that queues the mail, so a digest
 * goes once, whichever instance sweeps.
 */
@Injectable()
export class DigestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: ConcordConfig,
    private readonly mail: MailOutbox,
    private readonly clock: Clock,
  ) {}

  /** Returns how many digests were queued. */
  async sweep(now = this.clock.now()): Promise<number> {
    const people: { user_id: string }[] = await this.db.query(
      `SELECT DISTINCT user_id FROM notification WHERE digested_at IS NULL AND digest_due_at <= $1`,
      [now],
    );
    let sent = 0;
    for (const { user_id } of people) if (await this.sendDigest(user_id, now)) sent += 1;
    return sent;
  }

  private sendDigest(userId: string, now: Date): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const due: DueRow[] = await manager.query(
        `SELECT id, kind, params, link, delivery FROM notification
          WHERE user_id = $1 AND digested_at IS NULL AND digest_due_at <= $2
          ORDER BY created_at, id FOR UPDATE SKIP LOCKED`,
        [userId, now],
      );
      if (!due.length) return false;
      await manager.query(`UPDATE notification SET digested_at = $2 WHERE id = ANY($1::uuid[])`, [due.map((row) => row.id), now]);
      const [person]: { email: string; display_name: string; locale: Locale; active: boolean }[] = await manager.query(
        `SELECT email, display_name, locale, active FROM app_user WHERE id = $1`,
        [userId],
      );
      // A deactivated person's digest is dropped, not kept for a reactivation that may never come.
      if (!person?.active) return false;
      const delivery = due.some((row) => row.delivery === Delivery.DAILY) ? Delivery.DAILY : Delivery.WEEKLY;
      await this.mail.enqueue(manager, [
        digestMail({ email: person.email, displayName: person.display_name, locale: person.locale }, due, delivery, this.config.publicUrl),
      ]);
      return true;
    });
  }
}
