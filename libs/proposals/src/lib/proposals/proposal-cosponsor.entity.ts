import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ParticipatingStateEntity } from '@concord/auth';
import { ProposalEntity } from './proposal.entity';

@Entity('proposal_cosponsor')
export class ProposalCosponsorEntity {
  @PrimaryColumn({ type: 'uuid' })
  proposalId: string;

  @PrimaryColumn({ type: 'uuid' })
  stateId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_cosponsor_proposal_fk' })
  proposal?: ProposalEntity;

  @ManyToOne(() => ParticipatingStateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_id', foreignKeyConstraintName: 'proposal_cosponsor_state_fk' })
  state?: ParticipatingStateEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt: Date;
}
