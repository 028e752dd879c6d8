import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { WebhookEntity } from './webhook.entity';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** One event for one webhook. The table is the queue: deliveries survive restarts and are shared by instances. */
@Entity('webhook_delivery')
@Check('webhook_delivery_status_known', `"status" IN ('PENDING', 'SUCCEEDED', 'FAILED')`)
@Index('webhook_delivery_due', ['status', 'nextAttemptAt'])
@Index('webhook_delivery_by_webhook', ['webhookId', 'createdAt'])
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  webhookId: string;

  @ManyToOne(() => WebhookEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id' })
  webhook?: WebhookEntity;

  @Column({ type: 'text' })
  eventType: string;

  /** The exact bytes POSTed (and signed), fixed at enqueue time so every retry sends the same body. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', default: DeliveryStatus.PENDING })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ type: 'int', nullable: true })
  lastStatusCode: number | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @OneToMany(() => WebhookAttemptEntity, (attempt) => attempt.delivery)
  attemptLog?: WebhookAttemptEntity[];
}
