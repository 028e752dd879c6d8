import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { ReleaseEntity } from './release.entity';

/** A defined term as it stands in one release. */
@Entity('release_definition')
@Unique('release_definition_position_unique', ['releaseId', 'position'])
@Check('release_definition_term_present', `length(btrim("term")) BETWEEN 1 AND 200`)
@Check('release_definition_text_present', `length(btrim("text")) > 0`)
@Check('release_definition_position_natural', `"position" >= 0`)
export class ReleaseDefinitionEntity {
  @PrimaryColumn({ type: 'uuid' })
  releaseId: string;

  @PrimaryColumn({ type: 'text' })
  term: string;

  @ManyToOne(() => ReleaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'release_id', foreignKeyConstraintName: 'release_definition_release_fk' })
  release?: ReleaseEntity;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  text: string;
}
