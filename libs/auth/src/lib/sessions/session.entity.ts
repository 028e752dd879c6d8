import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

export enum SessionEndReason {
  SIGNED_OUT = 'SIGNED_OUT',
  SIGNED_OUT_EVERYWHERE = 'SIGNED_OUT_EVERYWHERE',
  REVOKED = 'REVOKED',
  /** A refresh token was presented a second time: someone holds a copy, so the whole session ends. */
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  DEACTIVATED = 'DEACTIVATED',
}

/** One sign-in on one device: the chain of refresh tokens that rotate from it, until it ends or expires. */
@Entity('auth_session')
@Index('auth_session_by_user', ['userId', 'createdAt'])
@Check('auth_session_end_reason_known', `"end_reason" IS NULL OR "end_reason" IN ('SIGNED_OUT', 'SIGNED_OUT_EVERYWHERE', 'REVOKED', 'REFRESH_TOKEN_REUSED', 'PASSWORD_CHANGED', 'DEACTIVATED')`)
@Check('auth_session_ended_with_reason', `("ended_at" IS NULL) = ("end_reason" IS NULL)`)
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastUsedAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  endReason: SessionEndReason | null;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;
}
