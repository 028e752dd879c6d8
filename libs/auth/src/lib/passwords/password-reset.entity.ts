import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

export enum PasswordResetOrigin {
  /** Asked for by the person ("forgot my password"). */
  SELF = 'SELF',
  /** Sent by the secretariat, which never sees the token. */
  SECRETARIAT = 'SECRETARIAT',
  /** Mailed with an invitation: the first password of an account the secretariat created. */
  INVITATION = 'INVITATION',
}

/** A one-time password reset token: only its SHA-256 is stored, it expires, and it is used at most once. */
@Entity('password_reset')
@Index('password_reset_token_unique', ['tokenHash'], { unique: true })
@Index('password_reset_by_user', ['userId', 'createdAt'])
@Check('password_reset_origin_known', `"origin" IN ('SELF', 'SECRETARIAT', 'INVITATION')`)
@Check('password_reset_expiry_after_creation', `"expires_at" > "created_at"`)
export class PasswordResetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'text' })
  origin: PasswordResetOrigin;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
