import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BallotEntity } from '../ballots/ballot.entity';

/**
 * That a state was reminded of a ballot closing within a day while it had no position. The key makes the reminder
 * go once per ballot and state, whichever instance sweeps first.
 */
@Entity('ballot_reminder')
export class BallotReminderEntity {
  @PrimaryColumn({ type: 'uuid' })
  ballotId: string;

  @ManyToOne(() => BallotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot?: BallotEntity;

  @PrimaryColumn({ type: 'uuid' })
  stateId: string;

  @Column({ type: 'timestamptz' })
  remindedAt: Date;
}
