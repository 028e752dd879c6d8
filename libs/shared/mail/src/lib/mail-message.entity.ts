import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum MailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/**
 * One message to send. The table is the queue: a row is written in the same transaction as what it tells of, so a
 * crash after the commit loses nothing, and the worker sends it (once) afterwards.
 */
@Entity('mail_outbox')
@Check('mail_outbox_status_known', `"status" IN ('PENDING', 'SENT', 'FAILED')`)
@Index('mail_outbox_due', ['status', 'nextAttemptAt'])
@Index('mail_outbox_by_recipient', ['recipient', 'createdAt'])
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  recipient: string;

  /** What the message is about, for the listing and the logs: `password_reset`, `notification`, `digest`. */
  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text' })
  htmlBody: string;

  @Column({ type: 'text' })
  locale: string;

  @Column({ type: 'text', default: MailStatus.PENDING })
  status: MailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true, default: () => 'now()' })
  nextAttemptAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
