import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReleaseEntryEntity } from '@concord/control-list';
import { DeviationReason, EXPLANATION_MAX } from '../implementation-terms';
import { NationalImplementationEntity } from './national-implementation.entity';

/** Where a state's law departs from one entry of the release it implements: at most one deviation per entry. */
@Entity('implementation_deviation')
@Check('implementation_deviation_reason_known', `"reason" IN ('NOT_TRANSPOSED', 'NARROWER_SCOPE', 'BROADER_SCOPE', 'DELAYED', 'OTHER')`)
@Check('implementation_deviation_explanation_size', `length(btrim("explanation")) BETWEEN 1 AND ${EXPLANATION_MAX}`)
export class ImplementationDeviationEntity {
  @PrimaryColumn({ type: 'uuid' })
  releaseId: string;

  @PrimaryColumn({ type: 'uuid' })
  stateId: string;

  @PrimaryColumn({ type: 'text' })
  entryCode: string;

  @ManyToOne(() => NationalImplementationEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'release_id', referencedColumnName: 'releaseId', foreignKeyConstraintName: 'implementation_deviation_implementation_fk' },
    { name: 'state_id', referencedColumnName: 'stateId' },
  ])
  implementation?: NationalImplementationEntity;

  // The entry must be one of the release being implemented, whatever the code above checks.
  @ManyToOne(() => ReleaseEntryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'release_id', referencedColumnName: 'releaseId', foreignKeyConstraintName: 'implementation_deviation_entry_fk' },
    { name: 'entry_code', referencedColumnName: 'code' },
  ])
  entry?: ReleaseEntryEntity;

  @Column({ type: 'text' })
  reason: DeviationReason;

  @Column({ type: 'text' })
  explanation: string;
}
