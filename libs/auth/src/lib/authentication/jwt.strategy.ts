import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { UserActor } from '../authorization/actor';
import { UsersService } from '../users/users.service';

export interface AccessTokenClaims {
  sub: string;
}

/** What every access token must carry besides a valid HS256 signature. */
export const ACCESS_TOKEN_OPTIONS = { algorithms: ['HS256' as const], issuer: 'concord', audience: 'concord-api' };

/**
 * Bearer tokens for people. The token only names the user: role, state and whether the account is still active are
 * read afresh on every request, so a deactivation or a role change takes effect at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @InjectConfig() config: ConcordConfig,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      ...ACCESS_TOKEN_OPTIONS,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<UserActor | false> {
    return (await this.users.actorFor(claims.sub)) ?? false;
  }
}
