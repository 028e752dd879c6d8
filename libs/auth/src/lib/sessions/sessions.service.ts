import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, ConcordConfig, InjectConfig } from '@concord/shared/config';
import { forbidden, notFound, unauthenticated } from '@concord/shared/graphql';
import { AuditTrail } from '../audit/audit-trail';
import { CredentialRevocations } from '../authentication/credential-revocations';
import { AccessTokens } from '../authentication/access-tokens';
import { hashSecretToken, issueSecretToken } from '../authentication/secret-token';
import { Actor, UserActor } from '../authorization/actor';
import { UserEntity } from '../users/user.entity';
import { endSessionsOf } from './end-sessions';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEndReason, SessionEntity } from './session.entity';
import { AuthErrorReason } from '../auth-error-reason';
import { AuthAuditAction } from '../auth-audit-action';

/** What a sign-in or a refresh hands out: a short-lived access token and the next refresh token of the session. */
export interface IssuedSession {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  sessionId: string;
  sessionExpiresAt: Date;
  user: UserEntity;
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: ConcordConfig,
    private readonly tokens: AccessTokens,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly revocations: CredentialRevocations,
  ) {}

  /** A new session for a person who just proved who they are. */
  async start(manager: EntityManager, user: UserEntity, userAgent: string | undefined): Promise<IssuedSession> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.refreshTtlSeconds * 1000);
    const saved = await manager.save(
      manager.create(SessionEntity, { userId: user.id, lastUsedAt: now, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null }),
    );
    return this.issue(manager, user, saved);
  }

  /**
   * Exchanges a refresh token for the next one and a fresh access token. A token used before means that a copy is
   * in someone else's hands: the whole session ends and both holders must sign in again.
   */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const refused = () => unauthenticated('The session has ended; sign in again', AuthErrorReason.SESSION_ENDED);
    const outcome = await this.db.transaction(async (manager) => {
      const token = await manager.findOne(RefreshTokenEntity, { where: { tokenHash: hashSecretToken(refreshToken) }, lock: { mode: 'pessimistic_write' } });
      if (!token) return undefined;
      const session = await manager.findOne(SessionEntity, { where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session || session.endedAt || session.expiresAt <= this.clock.now()) return undefined;
      if (token.usedAt) {
        await manager.update(SessionEntity, { id: session.id }, { endedAt: () => 'now()', endReason: SessionEndReason.REFRESH_TOKEN_REUSED });
        await this.audit.record(manager, { kind: 'SYSTEM', id: 'sessions' }, {
          action: AuthAuditAction.SESSION_REFRESH_REUSED,
          objectType: 'user',
          objectId: session.userId,
          stateId: null,
          summary: { sessionId: session.id },
        });
        return 'REUSED' as const;
      }
      const user = await manager.findOneBy(UserEntity, { id: session.userId, active: true });
      if (!user) return undefined;
      await manager.update(RefreshTokenEntity, { id: token.id }, { usedAt: () => 'now()' });
      await manager.update(SessionEntity, { id: session.id }, { lastUsedAt: this.clock.now() });
      return this.issue(manager, user, session);
    });
    if (outcome === 'REUSED') throw unauthenticated('This refresh token was already used: the session is ended for safety; sign in again', AuthErrorReason.REFRESH_TOKEN_REUSED);
    if (!outcome) throw refused();
    return outcome;
  }

  /** Ends the session a refresh token belongs to (signing out on this device). Unknown tokens are ignored. */
  async endByRefreshToken(refreshToken: string): Promise<void> {
    await this.db.query(
      `UPDATE auth_session SET ended_at = now(), end_reason = 'SIGNED_OUT'
       WHERE ended_at IS NULL AND id = (SELECT session_id FROM refresh_token WHERE token_hash = $1)`,
      [hashSecretToken(refreshToken)],
    );
  }

  async listOwn(actor: Actor): Promise<SessionEntity[]> {
    const user = this.assertPerson(actor);
    return this.db
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.user_id = :user AND s.ended_at IS NULL AND s.expires_at > :now', { user: user.id, now: this.clock.now() })
      .orderBy('s.last_used_at', 'DESC')
      .getMany();
  }

  async revokeOwn(actor: Actor, sessionId: string): Promise<SessionEntity> {
    const user = this.assertPerson(actor);
    return this.db.transaction(async (manager) => {
      const session = await manager.findOne(SessionEntity, { where: { id: sessionId, userId: user.id }, lock: { mode: 'pessimistic_write' } });
      if (!session || session.endedAt) throw notFound('Session', sessionId, AuthErrorReason.SESSION_NOT_FOUND);
      await manager.update(SessionEntity, { id: session.id }, { endedAt: () => 'now()', endReason: SessionEndReason.REVOKED });
      await this.audit.record(manager, actor, { action: AuthAuditAction.SESSION_REVOKED, objectType: 'user', objectId: user.id, summary: { sessionId } });
      this.revocations.announceAfterCommit(manager);
      return manager.findOneByOrFail(SessionEntity, { id: session.id });
    });
  }

  /** Every session ends and every access token issued so far stops working, this one's included. */
  async signOutEverywhere(actor: Actor): Promise<number> {
    const user = this.assertPerson(actor);
    return this.db.transaction(async (manager) => {
      await manager.increment(UserEntity, { id: user.id }, 'tokenVersion', 1);
      const ended = await endSessionsOf(manager, user.id, SessionEndReason.SIGNED_OUT_EVERYWHERE);
      this.revocations.announceAfterCommit(manager);
      await this.audit.record(manager, actor, { action: AuthAuditAction.USER_SIGNED_OUT_EVERYWHERE, objectType: 'user', objectId: user.id, summary: { sessions: ended } });
      return ended;
    });
  }

  private async issue(manager: EntityManager, user: UserEntity, session: SessionEntity): Promise<IssuedSession> {
    const refresh = issueSecretToken();
    await manager.insert(RefreshTokenEntity, { sessionId: session.id, tokenHash: refresh.hash });
    const access = await this.tokens.issue(user, session.id);
    return { ...access, refreshToken: refresh.token, sessionId: session.id, sessionExpiresAt: session.expiresAt, user };
  }

  private assertPerson(actor: Actor): UserActor {
    if (actor.kind === 'ANONYMOUS') throw unauthenticated();
    if (actor.kind !== 'USER') throw forbidden('Sessions belong to people; machine clients use API keys', AuthErrorReason.PEOPLE_ONLY);
    return actor;
  }
}
