import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ParticipatingStateEntity, UserEntity } from '@concord/auth';
import { ReleaseEntity } from '@concord/control-list';
import { ImplementationStatus, LEGAL_REFERENCE_MAX } from '../implementation-terms';

/**
 * How far one state has brought one release into its national law. The primary key makes it one record per
 * (release, state); a state with no record has NOT_STARTED. Whether IMPLEMENTED_WITH_DEVIATIONS has deviations (and
 * nothing else has any) is checked at commit by a constraint trigger, since it spans two tables (see the migration).
 */
@Entity('national_implementation')
@Check('national_implementation_status_known', `"status" IN ('NOT_STARTED', 'IN_PROGRESS', 'IMPLEMENTED', 'IMPLEMENTED_WITH_DEVIATIONS')`)
@Check('national_implementation_legal_reference_size', `"legal_reference" IS NULL OR length(btrim("legal_reference")) BETWEEN 1 AND ${LEGAL_REFERENCE_MAX}`)
@Check(
  'national_implementation_in_force_complete',
  `"status" NOT IN ('IMPLEMENTED', 'IMPLEMENTED_WITH_DEVIATIONS') OR ("legal_reference" IS NOT NULL AND "entry_into_force" IS NOT NULL)`,
)
@Check('national_implementation_revision_positive', `"revision" >= 1`)
export class NationalImplementationEntity {
  @PrimaryColumn({ type: 'uuid' })
  releaseId: string;

  @PrimaryColumn({ type: 'uuid' })
  stateId: string;

  @ManyToOne(() => ReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id', foreignKeyConstraintName: 'national_implementation_release_fk' })
  release?: ReleaseEntity;

  @ManyToOne(() => ParticipatingStateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_id', foreignKeyConstraintName: 'national_implementation_state_fk' })
  state?: ParticipatingStateEntity;

  @Column({ type: 'text' })
  status: ImplementationStatus;

  /** The national act that transposes the release, e.g. "Décret n° 2027-112 du 3 février 2027". */
  @Column({ type: 'text', nullable: true })
  legalReference: string | null;

  /** ISO date (YYYY-MM-DD) from which the national act applies. */
  @Column({ type: 'date', nullable: true })
  entryIntoForce: string | null;

  /** 1 for the first record, +1 per update: an update names the revision it was made against. */
  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'uuid' })
  recordedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'national_implementation_recorded_by_fk' })
  recordedBy?: UserEntity;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
