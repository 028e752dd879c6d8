import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, ConcordConfig, InjectConfig } from '@concord/shared/config';
import { Locale, MailOutbox } from '@concord/shared/mail';
import { digestDueAt } from '../digests/digest-schedule';
import { notificationMail } from '../mail/notification-mail';
import { DEFAULT_DELIVERY } from '../preferences/default-deliveries';
import { Notice, NoticeRecipients, NoticeVisibility } from './notice';
import { Delivery, Weekday } from './notification-kind';
import { NotificationEntity } from './notification.entity';

interface Recipient {
  id: string;
  email: string;
  display_name: string;
  locale: Locale;
  delivery: Delivery | null;
  weekday: Weekday | null;
}

/**
 * Turns what happened into notifications, inside the transaction of the change: an inbox row per person, and a mail
 * in the outbox for those who want it at once (the others' rows wait for their digest). Visibility is applied here,
 * in one place, whoever calls: a draft's notices reach its own delegation and nobody else.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectConfig() private readonly config: ConcordConfig,
    private readonly mail: MailOutbox,
    private readonly clock: Clock,
  ) {}

  /** Returns how many people were notified. */
  async notify(manager: EntityManager, notice: Notice): Promise<number> {
    const recipients = await this.recipients(manager, notice);
    const at = this.clock.now();
    const rows = recipients
      .map((person) => ({ person, delivery: person.delivery ?? DEFAULT_DELIVERY[notice.kind] }))
      .filter(({ delivery }) => delivery !== Delivery.OFF);
    if (!rows.length) return 0;
    await manager.insert(
      NotificationEntity,
      rows.map(({ person, delivery }) => ({
        userId: person.id,
        kind: notice.kind,
        subjectType: notice.subject.type,
        subjectId: notice.subject.id,
        params: clean(notice.params),
        link: notice.link,
        createdAt: at,
        delivery,
        digestDueAt: delivery === Delivery.IMMEDIATE ? null : digestDueAt(delivery as Delivery.DAILY | Delivery.WEEKLY, at, person.weekday ?? Weekday.MONDAY),
      })),
    );
    const item = { kind: notice.kind, params: clean(notice.params), link: notice.link };
    await this.mail.enqueue(
      manager,
      rows
        .filter(({ delivery }) => delivery === Delivery.IMMEDIATE)
        .map(({ person }) => notificationMail({ email: person.email, displayName: person.display_name, locale: person.locale }, item, this.config.publicUrl)),
    );
    return rows.length;
  }

  private recipients(manager: EntityManager, notice: Notice): Promise<Recipient[]> {
    const params: unknown[] = [notice.kind, notice.exceptUserIds ?? []];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const conditions = [recipientCondition(notice.recipients, bind), visibilityCondition(notice.visibility, bind)];
    return manager.query(
      `SELECT u.id, u.email, u.display_name, u.locale, p.delivery, p.weekday
         FROM app_user u
         LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = $1
        WHERE u.active AND NOT (u.id = ANY($2::uuid[])) AND ${conditions.join(' AND ')}
        ORDER BY u.email`,
      params,
    );
  }
}

function recipientCondition(recipients: NoticeRecipients, bind: (value: unknown) => string): string {
  switch (recipients.kind) {
    case 'PARTICIPANTS':
      return 'true';
    case 'STATES':
      return `u.state_id = ANY(${bind(recipients.stateIds)}::uuid[])`;
    case 'USERS':
      return `u.id = ANY(${bind(recipients.userIds)}::uuid[])`;
    case 'HEADS': {
      const states = bind(recipients.stateIds);
      const at = bind(recipients.at);
      return `((u.role = 'HEAD_OF_DELEGATION' AND u.state_id = ANY(${states}::uuid[]))
               OR EXISTS (SELECT 1 FROM acting_head a WHERE a.delegate_id = u.id AND a.state_id = u.state_id AND a.state_id = ANY(${states}::uuid[])
                          AND a.revoked_at IS NULL AND a.starts_at <= ${at} AND a.ends_at > ${at}))`;
    }
  }
}

/** DESIGN §7 for notices: a draft is its delegation's alone (not even the secretariat's); the rest is participants'. */
function visibilityCondition(visibility: NoticeVisibility, bind: (value: unknown) => string): string {
  return visibility.scope === 'DELEGATION' ? `u.state_id = ${bind(visibility.stateId)}::uuid AND u.role <> 'SECRETARIAT'` : 'true';
}

function clean(params: Notice['params']): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
