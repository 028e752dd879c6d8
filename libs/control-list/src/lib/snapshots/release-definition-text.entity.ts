import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LANGUAGE_CODE_SQL } from '../languages/languages';
import { ReleaseDefinitionEntity } from './release-definition.entity';

/** A definition authentic in a language other than English; one per (release, term, language). */
@Entity('release_definition_text')
@Check('release_definition_text_language_code', `"language" ~ ${LANGUAGE_CODE_SQL} AND "language" <> 'en'`)
@Check('release_definition_text_present', `length(btrim("text")) > 0`)
@Check('release_definition_text_source_digest', `"source_digest" ~ '^[0-9a-f]{64}$'`)
export class ReleaseDefinitionTextEntity {
  @PrimaryColumn({ type: 'uuid' })
  releaseId: string;

  @PrimaryColumn({ type: 'text' })
  term: string;

  @PrimaryColumn({ type: 'text' })
  language: string;

  @ManyToOne(() => ReleaseDefinitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'release_id', referencedColumnName: 'releaseId', foreignKeyConstraintName: 'release_definition_text_definition_fk' },
    { name: 'term', referencedColumnName: 'term' },
  ])
  definition?: ReleaseDefinitionEntity;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  sourceDigest: string;
}
