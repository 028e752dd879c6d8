import { UserEntity } from '@concord/auth';
import { Check, Column, Entity, JoinColumn, ManyToOne, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Delivery, NotificationKind } from './notification-kind';

/**
 * One notification to one person: their inbox entry, and how it reaches their mailbox. Written in the transaction
 * of what it tells of. A digest notification waits for `digest_due_at` and is marked `digested_at` in the
 * transaction that queues its digest mail, so it is mailed once.
 */
@Entity('notification')
@Index('notification_inbox', ['userId', 'createdAt'])
@Index('notification_digest_due', ['digestDueAt'], { where: '"digested_at" IS NULL AND "digest_due_at" IS NOT NULL' })
@Check('notification_kind_known', `"kind" IN ('PROPOSAL_SUBMITTED', 'PROPOSAL_RETURNED', 'COMMENT_REPLY', 'COMMENT_ON_OWN_PROPOSAL', 'BALLOT_OPENED', 'BALLOT_CLOSING', 'BALLOT_CLOSED', 'RELEASE_PUBLISHED')`)
@Check('notification_delivery_known', `"delivery" IN ('IMMEDIATE', 'DAILY', 'WEEKLY')`)
@Check('notification_digest_when_digested', `("delivery" = 'IMMEDIATE') = ("digest_due_at" IS NULL)`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  kind: NotificationKind;

  /** `proposal`, `ballot`, `release`. */
  @Column({ type: 'text' })
  subjectType: string;

  @Column({ type: 'text' })
  subjectId: string;

  /** What the texts are made of (reference, title, outcome …), as plain JSON. */
  @Column({ type: 'jsonb' })
  params: Record<string, string>;

  /** Path in the web application, e.g. `/proposals/<id>`. */
  @Column({ type: 'text' })
  link: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'text' })
  delivery: Delivery;

  @Column({ type: 'timestamptz', nullable: true })
  digestDueAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  digestedAt: Date | null;
}
