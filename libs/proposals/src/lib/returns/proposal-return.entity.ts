import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@concord/auth';
import { ProposalEntity } from '../proposals/proposal.entity';

/** The secretariat took an adopted, not yet released proposal back into review; the reason is for every participant. */
@Entity('proposal_return')
@Index('proposal_return_by_proposal', ['proposalId', 'returnedAt'])
@Check('proposal_return_reason_present', `length(btrim("reason")) BETWEEN 1 AND 2000`)
export class ProposalReturnEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_return_proposal_fk' })
  proposal?: ProposalEntity;

  /** The revision that had been adopted. */
  @Column({ type: 'integer' })
  revisionNumber: number;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid' })
  returnedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'returned_by_id', foreignKeyConstraintName: 'proposal_return_returned_by_fk' })
  returnedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  returnedAt: Date;
}
