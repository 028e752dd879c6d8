import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, ConcordConfig, InjectConfig } from '@concord/shared/config';
import { badInput, forbidden, notFound, unauthenticated } from '@concord/shared/graphql';
import { MailOutbox } from '@concord/shared/mail';
import { AuditTrail } from '../audit/audit-trail';
import { CredentialRevocations } from '../authentication/credential-revocations';
import { PasswordHasher } from '../authentication/password-hasher';
import { hashSecretToken, issueSecretToken } from '../authentication/secret-token';
import { AccessPolicy } from '../authorization/access-policy';
import { Actor, UserActor } from '../authorization/actor';
import { Permission } from '../authorization/permission';
import { endSessionsOf } from '../sessions/end-sessions';
import { SessionEndReason } from '../sessions/session.entity';
import { IssuedSession, SessionsService } from '../sessions/sessions.service';
import { UserEntity } from '../users/user.entity';
import { ChangePasswordInput } from './change-password.input';
import { IssuePasswordResetInput } from './issue-password-reset.input';
import { PasswordResetEntity, PasswordResetOrigin } from './password-reset.entity';
import { invitationMail } from './invitation-mail';
import { passwordResetMail } from './password-reset-mail';
import { assertStrongPassword } from './password-policy';
import { RequestPasswordResetInput } from './request-password-reset.input';
import { ResetPasswordInput } from './reset-password.input';
import { AuthErrorReason } from '../auth-error-reason';
import { AuthAuditAction } from '../auth-audit-action';

/** At most this many self-service reset mails per account per hour: the form must not become a mail cannon. */
const SELF_RESETS_PER_HOUR = 3;

@Injectable()
export class PasswordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: ConcordConfig,
    private readonly access: AccessPolicy,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditTrail,
    private readonly mail: MailOutbox,
    private readonly clock: Clock,
    private readonly sessions: SessionsService,
    private readonly revocations: CredentialRevocations,
  ) {}

  /**
   * Changes the caller's own password. Every token and session issued before ends, this one's included, so the
   * caller signs in again (the resolver hands back a fresh session).
   */
  async change(actor: Actor, input: ChangePasswordInput, userAgent?: string): Promise<IssuedSession> {
    const person = this.assertPerson(actor);
    const current = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: person.id })
      .getOneOrFail();
    if (!(await this.hasher.verify(input.currentPassword, current.passwordHash))) {
      throw badInput('The current password is not correct', AuthErrorReason.WRONG_CURRENT_PASSWORD, [{ field: 'currentPassword', message: 'is not correct' }]);
    }
    assertStrongPassword(input.newPassword, current.email);
    if (await this.hasher.verify(input.newPassword, current.passwordHash)) {
      throw badInput('The new password must differ from the current one', AuthErrorReason.WEAK_PASSWORD, [{ field: 'newPassword', message: 'is the current password' }]);
    }
    const passwordHash = await this.hasher.hash(input.newPassword);
    return this.db.transaction(async (manager) => {
      const user = await this.setPassword(manager, person.id, passwordHash);
      await this.audit.record(manager, actor, { action: AuthAuditAction.USER_PASSWORD_CHANGED, objectType: 'user', objectId: user.id, stateId: user.stateId, summary: { email: user.email } });
      return this.sessions.start(manager, user, userAgent);
    });
  }

  /**
   * "Forgot my password": mails a one-time link if the address belongs to an active account. The answer is the
   * same either way, so the form does not reveal who has an account.
   */
  async requestReset(input: RequestPasswordResetInput): Promise<void> {
    const email = input.email.trim().toLowerCase();
    await this.db.transaction(async (manager) => {
      const user = await manager.findOneBy(UserEntity, { email, active: true });
      if (!user) return;
      const [{ recent }] = await manager.query(
        `SELECT count(*)::int AS recent FROM password_reset WHERE user_id = $1 AND origin = 'SELF' AND created_at > $2::timestamptz - interval '1 hour'`,
        [user.id, this.clock.now()],
      );
      if (recent >= SELF_RESETS_PER_HOUR) return;
      await this.issue(manager, user, PasswordResetOrigin.SELF);
      await this.audit.record(manager, { kind: 'SYSTEM', id: 'password-reset' }, {
        action: AuthAuditAction.USER_PASSWORD_RESET_REQUESTED,
        objectType: 'user',
        objectId: user.id,
        stateId: user.stateId,
        summary: { email: user.email, origin: PasswordResetOrigin.SELF },
      });
    });
  }

  /** The secretariat sends a person a reset link (it never sees the token). */
  async issueReset(actor: Actor, input: IssuePasswordResetInput): Promise<UserEntity> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    return this.db.transaction(async (manager) => {
      const user = await manager.findOneBy(UserEntity, { id: input.userId });
      if (!user) throw notFound('User', input.userId, AuthErrorReason.USER_NOT_FOUND);
      if (!user.active) throw badInput('This account is deactivated: reactivate it first', AuthErrorReason.USER_INACTIVE, [{ field: 'userId', message: 'is deactivated' }]);
      await this.issue(manager, user, PasswordResetOrigin.SECRETARIAT);
      await this.audit.record(manager, actor, {
        action: AuthAuditAction.USER_PASSWORD_RESET_REQUESTED,
        objectType: 'user',
        objectId: user.id,
        stateId: user.stateId,
        summary: { email: user.email, origin: PasswordResetOrigin.SECRETARIAT },
      });
      return user;
    });
  }

  /** Sets a new password with a reset token: once, before it expires; every earlier token and session ends. */
  async reset(input: ResetPasswordInput): Promise<UserEntity> {
    const invalid = () => unauthenticated('This reset link is invalid, expired or already used; ask for a new one', AuthErrorReason.INVALID_RESET_TOKEN);
    const found = await this.db.getRepository(PasswordResetEntity).findOne({ where: { tokenHash: hashSecretToken(input.token) }, relations: { user: true } });
    if (!found?.user || found.usedAt || found.expiresAt <= this.clock.now() || !found.user.active) throw invalid();
    assertStrongPassword(input.newPassword, found.user.email);
    const passwordHash = await this.hasher.hash(input.newPassword);
    return this.db.transaction(async (manager) => {
      // Used once: the update that marks it used is the one that wins.
      const [, used] = (await manager.query(`UPDATE password_reset SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > $2`, [found.id, this.clock.now()])) as [unknown, number];
      if (used !== 1) throw invalid();
      // Any other link still out there dies with this one.
      await manager.query(`UPDATE password_reset SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [found.userId]);
      const user = await this.setPassword(manager, found.userId, passwordHash);
      await this.audit.record(manager, { kind: 'SYSTEM', id: 'password-reset' }, {
        action: AuthAuditAction.USER_PASSWORD_RESET,
        objectType: 'user',
        objectId: user.id,
        stateId: user.stateId,
        summary: { email: user.email, origin: found.origin },
      });
      return user;
    });
  }

  /**
   * Inside the transaction that creates the account: the invited person's first password is chosen through the same
   * one-time link as a reset, with a longer life and a mail that says what it is.
   */
  issueInvitation(manager: EntityManager, user: UserEntity): Promise<void> {
    return this.issue(manager, user, PasswordResetOrigin.INVITATION);
  }

  private async issue(manager: EntityManager, user: UserEntity, origin: PasswordResetOrigin): Promise<void> {
    const { token, hash } = issueSecretToken();
    const now = this.clock.now();
    const invitation = origin === PasswordResetOrigin.INVITATION;
    const ttlSeconds = invitation ? this.config.invitationTtlSeconds : this.config.passwordResetTtlSeconds;
    await manager.insert(PasswordResetEntity, { userId: user.id, tokenHash: hash, origin, createdAt: now, expiresAt: new Date(now.getTime() + ttlSeconds * 1000) });
    const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    await this.mail.enqueue(manager, [invitation ? invitationMail(user, link, ttlSeconds) : passwordResetMail(user, link, ttlSeconds)]);
  }

  private async setPassword(manager: EntityManager, userId: string, passwordHash: string): Promise<UserEntity> {
    await manager.update(UserEntity, { id: userId }, { passwordHash });
    await manager.increment(UserEntity, { id: userId }, 'tokenVersion', 1);
    await endSessionsOf(manager, userId, SessionEndReason.PASSWORD_CHANGED);
    this.revocations.announceAfterCommit(manager);
    return manager.findOneByOrFail(UserEntity, { id: userId });
  }

  private assertPerson(actor: Actor): UserActor {
    if (actor.kind === 'ANONYMOUS') throw unauthenticated();
    if (actor.kind !== 'USER') throw forbidden('Only people have passwords', AuthErrorReason.PEOPLE_ONLY);
    return actor;
  }
}
