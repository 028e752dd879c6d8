import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ParticipatingStateEntity } from '@concord/auth';
import { BallotEntity } from './ballot.entity';

/** The states that were ACTIVE when the ballot opened: a state admitted or reinstated later does not join it. */
@Entity('ballot_eligible_state')
export class BallotEligibleStateEntity {
  @PrimaryColumn({ type: 'uuid' })
  ballotId: string;

  @ManyToOne(() => BallotEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ballot_id', foreignKeyConstraintName: 'ballot_eligible_state_ballot_fk' })
  ballot?: BallotEntity;

  @PrimaryColumn({ type: 'uuid' })
  stateId: string;

  @ManyToOne(() => ParticipatingStateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_id', foreignKeyConstraintName: 'ballot_eligible_state_state_fk' })
  state?: ParticipatingStateEntity;
}
