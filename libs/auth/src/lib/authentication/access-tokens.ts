import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Clock, ConcordConfig, InjectConfig } from '@concord/shared/config';

/** What an access token says: who, which token version of theirs, and which sign-in session it came from. */
export interface AccessTokenClaims {
  sub: string;
  /** The user's token version when it was issued; a raised version ends it. */
  ver: number;
  sid: string;
  iat: number;
  exp: number;
}

const OPTIONS = { algorithm: 'HS256' as const, issuer: 'concord', audience: 'concord-api' };

/**
 * Issues and checks access tokens. A signature is not enough: a token must carry `exp`, must not live longer than
 * JWT_MAX_TTL_SECONDS from its `iat`, and is checked against the injected clock, so expiry is testable.
 */
@Injectable()
export class AccessTokens {
  constructor(
    @InjectConfig() private readonly config: ConcordConfig,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
  ) {}

  async issue(user: { id: string; tokenVersion: number }, sessionId: string): Promise<{ accessToken: string; expiresAt: Date }> {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const exp = iat + this.config.jwtTtlSeconds;
    const claims: AccessTokenClaims = { sub: user.id, ver: user.tokenVersion, sid: sessionId, iat, exp };
    const accessToken = await this.jwt.signAsync(claims, { secret: this.config.jwtSecret, ...OPTIONS });
    return { accessToken, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid, unexpired, bounded token; undefined for anything else. */
  async verify(token: string): Promise<AccessTokenClaims | undefined> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    let claims: Partial<AccessTokenClaims>;
    try {
      claims = await this.jwt.verifyAsync(token, {
        secret: this.config.jwtSecret,
        algorithms: [OPTIONS.algorithm],
        issuer: OPTIONS.issuer,
        audience: OPTIONS.audience,
        clockTimestamp: now,
      });
    } catch {
      return undefined;
    }
    const { sub, ver, sid, iat, exp } = claims;
    if (typeof sub !== 'string' || typeof ver !== 'number' || typeof sid !== 'string') return undefined;
    if (typeof exp !== 'number' || typeof iat !== 'number') return undefined;
    if (exp - iat > this.config.jwtMaxTtlSeconds || exp > now + this.config.jwtMaxTtlSeconds || iat > now + 60) return undefined;
    return { sub, ver, sid, iat, exp };
  }
}
