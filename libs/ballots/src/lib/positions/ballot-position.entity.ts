import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@concord/auth';
import { BallotEligibleStateEntity } from '../ballots/ballot-eligible-state.entity';
import { CastCapacity, Position } from '../decision/ballot-terms';

/** The one position a state holds in a ballot; the primary key is what makes concurrent casts converge on one row. */
@Entity('ballot_position')
@Check('ballot_position_known', `"position" IN ('SUPPORT', 'ABSTAIN', 'OBJECT', 'RESERVATION')`)
@Check('ballot_position_statement_size', `"statement" IS NULL OR length(btrim("statement")) BETWEEN 1 AND 5000`)
@Check('ballot_position_changes_positive', `"changes" >= 1`)
@Check('ballot_position_capacity_known', `"cast_capacity" IN ('HEAD_OF_DELEGATION', 'ACTING_HEAD')`)
export class BallotPositionEntity {
  @PrimaryColumn({ type: 'uuid' })
  ballotId: string;

  @PrimaryColumn({ type: 'uuid' })
  stateId: string;

  // Only an eligible state can hold a position, whatever the code above does.
  @ManyToOne(() => BallotEligibleStateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'ballot_id', referencedColumnName: 'ballotId', foreignKeyConstraintName: 'ballot_position_eligible_fk' },
    { name: 'state_id', referencedColumnName: 'stateId' },
  ])
  eligibility?: BallotEligibleStateEntity;

  @Column({ type: 'text' })
  position: Position;

  @Column({ type: 'text', nullable: true })
  statement: string | null;

  @Column({ type: 'uuid' })
  castById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cast_by_id', foreignKeyConstraintName: 'ballot_position_cast_by_fk' })
  castBy?: UserEntity;

  @Column({ type: 'timestamptz' })
  castAt: Date;

  /** Whether castBy acted as the head of delegation or as the acting head it named. */
  @Column({ type: 'text', default: CastCapacity.HEAD_OF_DELEGATION })
  castCapacity: CastCapacity;

  /** How many times the state has taken or changed this position; each is a row in ballot_position_change. */
  @Column({ type: 'integer' })
  changes: number;
}
