import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LANGUAGE_CODE_SQL } from '../languages/languages';
import { ReleaseParagraphEntity } from './release-paragraph.entity';

/** A paragraph's authentic text in a language other than English; one per (release, paragraph, language). */
@Entity('release_paragraph_text')
@Check('release_paragraph_text_language_code', `"language" ~ ${LANGUAGE_CODE_SQL} AND "language" <> 'en'`)
@Check('release_paragraph_text_present', `length(btrim("text")) > 0`)
@Check('release_paragraph_text_source_digest', `"source_digest" ~ '^[0-9a-f]{64}$'`)
export class ReleaseParagraphTextEntity {
  @PrimaryColumn({ type: 'uuid' })
  releaseId: string;

  @PrimaryColumn({ type: 'text' })
  entryCode: string;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @PrimaryColumn({ type: 'text' })
  language: string;

  @ManyToOne(() => ReleaseParagraphEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'release_id', referencedColumnName: 'releaseId', foreignKeyConstraintName: 'release_paragraph_text_paragraph_fk' },
    { name: 'entry_code', referencedColumnName: 'entryCode' },
    { name: 'position', referencedColumnName: 'position' },
  ])
  paragraph?: ReleaseParagraphEntity;

  @Column({ type: 'text' })
  text: string;

  /** textDigest of the English text this one renders. */
  @Column({ type: 'text' })
  sourceDigest: string;
}
