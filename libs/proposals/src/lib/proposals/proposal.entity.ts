import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { ParticipatingStateEntity, UserEntity } from '@concord/auth';
import { ProposalStatus } from '../lifecycle/proposal-status';

@Entity('proposal')
@Unique('proposal_reference_unique', ['reference'])
@Check('proposal_reference_format', `"reference" ~ '^P-[0-9]{4}-[0-9]{3,}$'`)
@Check('proposal_status_known', `"status" IN ('DRAFT', 'UNDER_REVIEW', 'VOTING', 'ADOPTED', 'REJECTED', 'INCORPORATED', 'WITHDRAWN')`)
@Check('proposal_current_revision_positive', `"current_revision" >= 1`)
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `P-2026-014`: numbered per year, never reused. */
  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'uuid' })
  sponsorStateId: string;

  @ManyToOne(() => ParticipatingStateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sponsor_state_id', foreignKeyConstraintName: 'proposal_sponsor_state_fk' })
  sponsorState?: ParticipatingStateEntity;

  @Column({ type: 'text', default: ProposalStatus.DRAFT })
  status: ProposalStatus;

  /** The latest revision; an edit must name it, or it is stale. */
  @Column({ type: 'integer', default: 1 })
  currentRevision: number;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'proposal_created_by_fk' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
