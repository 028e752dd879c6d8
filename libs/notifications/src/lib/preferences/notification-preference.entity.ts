import { UserEntity } from '@concord/auth';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Delivery, NotificationKind, Weekday } from '../notices/notification-kind';

/** A person's choice for one kind; without a row, the kind's default applies. */
@Entity('notification_preference')
@Check('notification_preference_delivery_known', `"delivery" IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF')`)
@Check('notification_preference_weekday', `("delivery" = 'WEEKLY') = ("weekday" IS NOT NULL) AND ("weekday" IS NULL OR "weekday" BETWEEN 1 AND 7)`)
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'text' })
  delivery: Delivery;

  @Column({ type: 'smallint', nullable: true })
  weekday: Weekday | null;
}
