import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { UserActor } from '../authorization/actor';
import { UsersService } from '../users/users.service';
import { AccessTokens } from './access-tokens';

/** `Authorization: Bearer <jwt>`. */
export function bearerTokenOf(req: Request): string | undefined {
  const header = req.headers?.['authorization'];
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/**
 * Bearer tokens for people. The token names the user, its token version and its session: role, state, whether the
 * account is still active and whether the version and session still stand are read afresh on every request, so a
 * deactivation, a password change or "sign out everywhere" takes effect at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly users: UsersService,
  ) {
    super();
  }

  async validate(req: Request): Promise<UserActor | false> {
    const token = bearerTokenOf(req);
    const claims = token ? await this.tokens.verify(token) : undefined;
    return (claims && (await this.users.actorFor(claims))) || false;
  }
}
