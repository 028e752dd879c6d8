import { NormalisedScope } from '../scopes/release-scope';
import { ApiClientEntity } from '@concord/auth';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export enum WebhookEvent {
  RELEASE_PUBLISHED = 'RELEASE_PUBLISHED',
}

/** `release.published` ↔ `RELEASE_PUBLISHED`. */
export const webhookEventOf = (eventType: string) => eventType.toUpperCase().replace(/\./g, '_');

@Entity('webhook')
@Check('webhook_events_known', `"events" <@ ARRAY['RELEASE_PUBLISHED']::text[] AND cardinality("events") > 0`)
@Check(
  'webhook_scope_valid',
  `("scope_prefixes" IS NULL) = ("scope_codes" IS NULL) AND ("scope_prefixes" IS NULL OR (cardinality("scope_prefixes") + cardinality("scope_codes") BETWEEN 1 AND 50 ` +
    `AND array_position("scope_prefixes", NULL) IS NULL AND array_position("scope_codes", NULL) IS NULL ` +
    `AND array_to_string("scope_prefixes", ',') ~ '^([0-9]([A-E][0-9]{0,2})?(,[0-9]([A-E][0-9]{0,2})?)*)?$' ` +
    `AND array_to_string("scope_codes", ',') ~ '^([0-9][A-E][0-9]{3}(,[0-9][A-E][0-9]{3})*)?$'))`,
)
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
   * With a scope (both arrays set, normalised as normaliseScope does), each publication is delivered as the signed
   * delta of the entries in it, and not at all when none changed; without one, as the release.published notice.
   */
  @Column({ type: 'text', array: true, nullable: true })
  scopePrefixes: string[] | null;

  @Column({ type: 'text', array: true, nullable: true })
  scopeCodes: string[] | null;

  /**
   * Stored as issued, because every delivery is signed with it (a hash could not sign). Never selected by default and
   * never returned after registration; losing it means registering a new webhook.
   */
  @Column({ type: 'text', select: false })
  secret: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

export const scopeOfWebhook = (webhook: Pick<WebhookEntity, 'scopePrefixes' | 'scopeCodes'>): NormalisedScope | null =>
  webhook.scopePrefixes && webhook.scopeCodes ? { prefixes: webhook.scopePrefixes, codes: webhook.scopeCodes } : null;
