import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@concord/auth';
import { CastCapacity, Position } from '../decision/ballot-terms';
import { BallotPositionEntity } from './ballot-position.entity';

/** Every position a state took in a ballot, in order; append-only (a trigger refuses updates and deletes). */
@Entity('ballot_position_change')
@Check('ballot_position_change_known', `"position" IN ('SUPPORT', 'ABSTAIN', 'OBJECT', 'RESERVATION')`)
@Check('ballot_position_change_number_positive', `"change" >= 1`)
@Check('ballot_position_change_capacity_known', `"cast_capacity" IN ('HEAD_OF_DELEGATION', 'ACTING_HEAD')`)
export class BallotPositionChangeEntity {
  @PrimaryColumn({ type: 'uuid' })
  ballotId: string;

  @PrimaryColumn({ type: 'uuid' })
  stateId: string;

  /** 1 for the first position taken, then one more per change. */
  @PrimaryColumn({ type: 'integer' })
  change: number;

  @ManyToOne(() => BallotPositionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'ballot_id', referencedColumnName: 'ballotId', foreignKeyConstraintName: 'ballot_position_change_position_fk' },
    { name: 'state_id', referencedColumnName: 'stateId' },
  ])
  current?: BallotPositionEntity;

  @Column({ type: 'text' })
  position: Position;

  @Column({ type: 'text', nullable: true })
  statement: string | null;

  @Column({ type: 'uuid' })
  castById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cast_by_id', foreignKeyConstraintName: 'ballot_position_change_cast_by_fk' })
  castBy?: UserEntity;

  @Column({ type: 'timestamptz' })
  castAt: Date;

  /** Whether castBy acted as the head of delegation or as the acting head it named. */
  @Column({ type: 'text', default: CastCapacity.HEAD_OF_DELEGATION })
  castCapacity: CastCapacity;
}
