import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReleaseEntryEntity } from './release-entry.entity';

/** A structured related control: the same or a neighbouring item in another regime's list. */
@Entity('release_reference')
@Check('release_reference_regime_format', `"regime" ~ '^[A-Z][A-Z0-9-]{0,19}$'`)
@Check('release_reference_code_present', `length(btrim("code")) BETWEEN 1 AND 60`)
@Check('release_reference_position_natural', `"position" >= 0`)
export class ReleaseReferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  releaseId: string;

  @PrimaryColumn({ type: 'text' })
  entryCode: string;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @ManyToOne(() => ReleaseEntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'release_id', referencedColumnName: 'releaseId', foreignKeyConstraintName: 'release_reference_entry_fk' },
    { name: 'entry_code', referencedColumnName: 'code' },
  ])
  entry?: ReleaseEntryEntity;

  /** WA, EU, US-CCL, … */
  @Column({ type: 'text' })
  regime: string;

  @Column({ type: 'text' })
  code: string;
}
