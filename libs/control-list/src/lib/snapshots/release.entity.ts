import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ListSource } from '../list-document';

export enum ReleaseStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  SUPERSEDED = 'SUPERSEDED',
}

/** The releases anyone may read and pull: the one in force and those it replaced (never a draft). */
export const RELEASED_STATUSES: readonly ReleaseStatus[] = [ReleaseStatus.PUBLISHED, ReleaseStatus.SUPERSEDED];

export enum ReleaseSource {
  /** A list brought in from outside (the baseline). */
  IMPORT = 'IMPORT',
  /** Composed by the secretariat from adopted proposals. */
  PROPOSALS = 'PROPOSALS',
}

/**
 * One version of the list. Its snapshot rows are written while it is a DRAFT; once PUBLISHED the database refuses
 * any change to them and to the release itself, except superseding it (see the ControlList migration's triggers).
 */
@Entity('release')
@Unique('release_version_unique', ['version'])
// The same content may be published again (a change reverted), but importing it again would add nothing.
@Index('release_import_content_unique', ['contentDigest'], { unique: true, where: `"source" = 'IMPORT'` })
@Check('release_version_format', `"version" ~ '^[0-9]{4}\\.(0|[1-9][0-9]{0,5})$'`)
@Check('release_status_known', `"status" IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')`)
@Check('release_source_known', `"source" IN ('IMPORT', 'PROPOSALS')`)
@Check('release_published_at_iff_published', `("status" = 'DRAFT') = ("published_at" IS NULL)`)
@Check('release_content_digest_sha256', `"content_digest" ~ '^[0-9a-f]{64}$'`)
export class ReleaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  version: string;

  @Column({ type: 'text', default: ReleaseStatus.DRAFT })
  status: ReleaseStatus;

  @Column({ type: 'text' })
  source: ReleaseSource;

  /** Where an imported list came from, as the document said; kept so an export gives it back. */
  @Column({ type: 'jsonb', nullable: true })
  origin: ListSource | null;

  /** SHA-256 of the stable JSON of the entries and definitions: the same list content is imported only once. */
  @Column({ type: 'char', length: 64 })
  contentDigest: string;

  @Column({ type: 'date', nullable: true })
  effectiveFrom: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
