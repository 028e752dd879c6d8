import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessPolicy, Actor, Permission, Role, UserActor } from '@concord/auth';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { forbidden } from '@concord/shared/graphql';
import { MailMessageEntity } from '@concord/shared/mail';
import { NotificationErrorReason } from '../notification-error-reason';

/**
 * The embedded default's mailbox (no SMTP_URL, not production): the messages written to the outbox folder, so a
 * first `npm start` shows mail working. Each person sees what was addressed to them; the secretariat sees all, to
 * demonstrate a reset link or a digest for any demo account.
 */
@Injectable()
export class DevMailOutboxService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: ConcordConfig,
    private readonly access: AccessPolicy,
  ) {}

  async list(actor: Actor, first = 50): Promise<MailMessageEntity[]> {
    this.access.assert(actor, Permission.OWN_ACCOUNT);
    if (this.config.smtpUrl || this.config.environment === 'production') {
      throw forbidden('Mail goes through SMTP here; the development outbox is only kept when SMTP_URL is unset, outside production', NotificationErrorReason.DEV_OUTBOX_DISABLED);
    }
    const query = this.db.getRepository(MailMessageEntity).createQueryBuilder('m').orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC').take(first);
    const person = actor as UserActor;
    if (person.role !== Role.SECRETARIAT) query.where('m.recipient = :me', { me: person.email });
    return query.getMany();
  }
}
