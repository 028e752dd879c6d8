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
import { Locale } from '@concord/shared/mail';
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
@Check('app_user_locale_known', `"locale" IN ('en', 'fr', 'ja')`)
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

  /**
   * Carried in every access token and compared on every request: raised by a password change or reset, a
   * deactivation, a reactivation and "sign out everywhere", it ends every token issued before at once.
   */
  @Column({ type: 'int', default: 0 })
  tokenVersion: number;

  /** The language Concord writes to this person in (mail, notifications). */
  @Column({ type: 'text', default: Locale.EN })
  locale: Locale;

  /** The TOTP secret once enrolment is confirmed, sealed (TotpSecretBox); read only to check a code. */
  @Column({ type: 'text', nullable: true, select: false })
  totpSecret: string | null;

  /** A secret offered by an enrolment not yet confirmed with a code, sealed too. */
  @Column({ type: 'text', nullable: true, select: false })
  totpPendingSecret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last 30-second step a code was accepted for: a code is good once, not for its whole window. */
  @Column({ type: 'bigint', nullable: true, select: false })
  totpLastStep: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
