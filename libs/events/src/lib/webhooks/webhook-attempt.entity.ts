import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { WebhookDeliveryEntity } from './webhook-delivery.entity';

/** Every POST tried, with what came back: a status code, or the network error. */
@Entity('webhook_attempt')
@Unique('webhook_attempt_number_unique', ['deliveryId', 'number'])
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  deliveryId: string;

  @ManyToOne('WebhookDeliveryEntity', 'attemptLog', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: WebhookDeliveryEntity;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'timestamptz' })
  attemptedAt: Date;

  @Column({ type: 'int', nullable: true })
  statusCode: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'int' })
  durationMs: number;
}
