import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ParticipatingStateEntity, UserEntity } from '@concord/auth';
import { LANGUAGE_CODE_SQL } from '../languages/languages';
import { RecordedStatus, TextKind } from './text-status';

/**
 * A delegation's translation of one unit of the list, outside any release: it follows the unit from release to
 * release by its place (kind, path, occurrence) and goes stale when the English it records changes.
 */
@Entity('list_translation')
@Unique('list_translation_place_unique', ['stateId', 'language', 'kind', 'path', 'occurrence'])
@Index('list_translation_path', ['path'])
@Check('list_translation_language_code', `"language" ~ ${LANGUAGE_CODE_SQL} AND "language" <> 'en'`)
@Check('list_translation_kind_known', `"kind" IN ('ITEM', 'NOTE', 'TECHNICAL_NOTE', 'NB', 'DECONTROL_NOTE', 'HEADING', 'DEFINITION')`)
@Check('list_translation_status_known', `"status" IN ('TRANSLATION', 'MACHINE')`)
@Check('list_translation_path_present', `length(btrim("path")) BETWEEN 1 AND 200`)
@Check('list_translation_occurrence_natural', `"occurrence" >= 0`)
@Check('list_translation_text_present', `length(btrim("text")) BETWEEN 1 AND 20000`)
@Check('list_translation_source_digest', `"source_digest" ~ '^[0-9a-f]{64}$'`)
export class ListTranslationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  stateId: string;

  @ManyToOne(() => ParticipatingStateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_id', foreignKeyConstraintName: 'list_translation_state_fk' })
  state?: ParticipatingStateEntity;

  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'text' })
  kind: TextKind;

  /** A paragraph's path, the entry code for a HEADING, the term for a DEFINITION. */
  @Column({ type: 'text' })
  path: string;

  /** Which of several paragraphs of one kind under one path (two notes of 5A001.j), from 0. */
  @Column({ type: 'integer', default: 0 })
  occurrence: number;

  @Column({ type: 'text' })
  status: RecordedStatus;

  @Column({ type: 'text' })
  text: string;

  /** textDigest of the English text translated. */
  @Column({ type: 'text' })
  sourceDigest: string;

  @Column({ type: 'uuid' })
  recordedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'list_translation_recorded_by_fk' })
  recordedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
