import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ParticipatingStateEntity } from '../states/participating-state.entity';

export enum Role {
  DELEGATE = 'DELEGATE',
  HEAD_OF_DELEGATION = 'HEAD_OF_DELEGATION',
  SECRETARIAT = 'SECRETARIAT',
}

@Entity('app_user')
@Index('app_user_email_unique', ['email'], { unique: true })
@Check('app_user_role_known', `"role" IN ('DELEGATE', 'HEAD_OF_DELEGATION', 'SECRETARIAT')`)
// The secretariat serves the regime, not a state; every delegate belongs to exactly one state.
@Check('app_user_state_matches_role', `("role" = 'SECRETARIAT') = ("state_id" IS NULL)`)
@Check('app_user_email_lowercase', `"email" = lower("email") AND "email" LIKE '%_@_%'`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  stateId: string | null;

  @ManyToOne(() => ParticipatingStateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_id' })
  state?: ParticipatingStateEntity;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
