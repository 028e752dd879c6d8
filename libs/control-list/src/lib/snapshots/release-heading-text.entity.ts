import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LANGUAGE_CODE_SQL } from '../languages/languages';
import { ReleaseEntryEntity } from './release-entry.entity';

/** An entry's heading authentic in a language other than English; one per (release, entry, language). */
@Entity('release_heading_text')
@Check('release_heading_text_language_code', `"language" ~ ${LANGUAGE_CODE_SQL} AND "language" <> 'en'`)
@Check('release_heading_text_present', `length(btrim("text")) > 0`)
@Check('release_heading_text_source_digest', `"source_digest" ~ '^[0-9a-f]{64}$'`)
export class ReleaseHeadingTextEntity {
  @PrimaryColumn({ type: 'uuid' })
  releaseId: string;

  @PrimaryColumn({ type: 'text' })
  entryCode: string;

  @PrimaryColumn({ type: 'text' })
  language: string;

  @ManyToOne(() => ReleaseEntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'release_id', referencedColumnName: 'releaseId', foreignKeyConstraintName: 'release_heading_text_entry_fk' },
    { name: 'entry_code', referencedColumnName: 'code' },
  ])
  entry?: ReleaseEntryEntity;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  sourceDigest: string;
}
