import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessPolicy, Actor, Permission, UserActor } from '@concord/auth';
import { Clock } from '@concord/shared/config';
import { Connection, decodeCursor, pageSize, toConnection } from '@concord/shared/graphql';
import { Locale } from '@concord/shared/mail';
import { NotificationEntity } from '../notices/notification.entity';
import { MarkNotificationsReadInput } from './mark-notifications-read.input';
import { MyNotificationsArgs } from './my-notifications.args';

/** A person's own notifications; nobody reads anyone else's inbox, the secretariat included. */
@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  async page(actor: Actor, args: MyNotificationsArgs): Promise<{ locale: Locale; unreadCount: number; page: Connection<NotificationEntity> }> {
    const me = this.assertPerson(actor);
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | undefined;
    const query = this.db.getRepository(NotificationEntity).createQueryBuilder('n').where('n.user_id = :me', { me: me.id });
    if (args.unreadOnly) query.andWhere('n.read_at IS NULL');
    const totalCount = await query.clone().getCount();
    if (after) query.andWhere('(n.created_at, n.id) < (:at::timestamptz, :id::uuid)', { at: after[0], id: after[1] });
    const rows = await query.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').take(size + 1).getMany();
    const [{ unread, locale }] = await this.db.query(
      `SELECT (SELECT count(*)::int FROM notification WHERE user_id = $1 AND read_at IS NULL) AS unread, locale FROM app_user WHERE id = $1`,
      [me.id],
    );
    return { locale, unreadCount: unread, page: toConnection(rows, size, totalCount, (row) => [row.createdAt.toISOString(), row.id], (row) => row) };
  }

  /** Returns how many changed. */
  async mark(actor: Actor, input: MarkNotificationsReadInput): Promise<number> {
    const me = this.assertPerson(actor);
    const read = input.read ?? true;
    const [, affected] = (await this.db.query(
      `UPDATE notification SET read_at = ${read ? '$2::timestamptz' : 'NULL'}
        WHERE user_id = $1 AND (read_at IS NULL) = $3 AND ($4::uuid[] IS NULL OR id = ANY($4::uuid[]))`,
      [me.id, this.clock.now(), read, input.notificationIds ?? null],
    )) as [unknown, number];
    return affected;
  }

  private assertPerson(actor: Actor): UserActor {
    this.access.assert(actor, Permission.OWN_ACCOUNT);
    return actor as UserActor;
  }
}
