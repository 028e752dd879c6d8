import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessPolicy, Actor, AuditTrail, Permission, UserActor } from '@concord/auth';
import { badInput, ConstraintErrorTable, ErrorCode } from '@concord/shared/graphql';
import { Delivery, NOTIFICATION_KINDS } from '../notices/notification-kind';
import { DEFAULT_DELIVERY } from './default-deliveries';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { SetNotificationPreferenceInput } from './set-notification-preference.input';
import { NotificationErrorReason } from '../notification-error-reason';
import { NotificationAuditAction } from '../notification-audit-action';

const WEEKDAY_PROBLEM = {
  reason: NotificationErrorReason.INVALID_WEEKDAY,
  message: 'A weekly digest needs its weekday, and only a weekly digest has one',
  fields: [{ field: 'weekday', message: 'set it for WEEKLY only' }],
};
const weekdayProblem = () => badInput(WEEKDAY_PROBLEM.message, WEEKDAY_PROBLEM.reason, WEEKDAY_PROBLEM.fields);

/** The constraint names of this lib's tables and the domain errors they mean. */
export const NOTIFICATION_CONSTRAINT_ERRORS: ConstraintErrorTable = {
  notification_preference_weekday: { code: ErrorCode.BAD_USER_INPUT, ...WEEKDAY_PROBLEM },
};

export interface EffectivePreference {
  kind: NotificationPreferenceEntity['kind'];
  delivery: Delivery;
  weekday: number | null;
  chosen: boolean;
}

@Injectable()
export class NotificationPreferencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
  ) {}

  /** Every kind, with my choice or the default. */
  async mine(actor: Actor): Promise<EffectivePreference[]> {
    const me = this.assertPerson(actor);
    const chosen = await this.db.getRepository(NotificationPreferenceEntity).findBy({ userId: me.id });
    return NOTIFICATION_KINDS.map((kind) => {
      const row = chosen.find((candidate) => candidate.kind === kind);
      return row ? { kind, delivery: row.delivery, weekday: row.weekday, chosen: true } : { kind, delivery: DEFAULT_DELIVERY[kind], weekday: null, chosen: false };
    });
  }

  async set(actor: Actor, input: SetNotificationPreferenceInput): Promise<EffectivePreference> {
    const me = this.assertPerson(actor);
    if ((input.delivery === Delivery.WEEKLY) !== (input.weekday !== undefined && input.weekday !== null)) throw weekdayProblem();
    return this.db.transaction(async (manager) => {
      const row = { userId: me.id, kind: input.kind, delivery: input.delivery, weekday: input.weekday ?? null };
      await manager.upsert(NotificationPreferenceEntity, row, ['userId', 'kind']);
      await this.audit.record(manager, actor, {
        action: NotificationAuditAction.USER_NOTIFICATION_PREFERENCE_SET,
        objectType: 'user',
        objectId: me.id,
        summary: { kind: row.kind, delivery: row.delivery, weekday: row.weekday },
      });
      return { kind: row.kind, delivery: row.delivery, weekday: row.weekday, chosen: true };
    });
  }

  private assertPerson(actor: Actor): UserActor {
    this.access.assert(actor, Permission.OWN_ACCOUNT);
    return actor as UserActor;
  }
}
