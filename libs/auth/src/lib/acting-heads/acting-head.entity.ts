import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ParticipatingStateEntity } from '../states/participating-state.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A head of delegation named a delegate of the same state to take the state's positions for a time window (an
 * acting head, DESIGN §5). Windows of one state never overlap, and the delegate belongs to the state: the
 * ActingHeads migration's trigger refuses anything else, whatever the service checks first.
 */
@Entity('acting_head')
@Index('acting_head_by_state', ['stateId', 'startsAt'])
@Check('acting_head_window_ordered', `"ends_at" > "starts_at"`)
@Check('acting_head_revoked_after_appointed', `"revoked_at" IS NULL OR "revoked_at" >= "created_at"`)
export class ActingHeadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  stateId: string;

  @ManyToOne(() => ParticipatingStateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_id', foreignKeyConstraintName: 'acting_head_state_fk' })
  state?: ParticipatingStateEntity;

  @Column({ type: 'uuid' })
  delegateId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'delegate_id', foreignKeyConstraintName: 'acting_head_delegate_fk' })
  delegate?: UserEntity;

  @Column({ type: 'uuid' })
  appointedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'appointed_by_id', foreignKeyConstraintName: 'acting_head_appointed_by_fk' })
  appointedBy?: UserEntity;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  /** Set when the head ended the appointment early; the window then holds no more. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
