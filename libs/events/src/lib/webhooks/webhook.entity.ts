import { ApiClientEntity } from '@concord/auth';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export enum WebhookEvent {
  RELEASE_PUBLISHED = 'RELEASE_PUBLISHED',
}

/** `release.published` ↔ `RELEASE_PUBLISHED`. */
export const webhookEventOf = (eventType: string) => eventType.toUpperCase().replace(/\./g, '_');

@Entity('webhook')
@Check('webhook_events_known', `"events" <@ ARRAY['RELEASE_PUBLISHED']::text[] AND cardinality("events") > 0`)
@Index('webhook_by_client', ['apiClientId'])
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  apiClientId: string;

  @ManyToOne(() => ApiClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'api_client_id' })
  apiClient?: ApiClientEntity;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', array: true })
  events: WebhookEvent[];

  /**
   * Stored as issued, because every delivery is signed with it (a hash could not sign). Never selected by default and
   * never returned after registration; losing it means registering a new webhook.
   */
  @Column({ type: 'text', select: false })
  secret: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
