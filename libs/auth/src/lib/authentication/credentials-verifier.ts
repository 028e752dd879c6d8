import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { unauthenticated } from '@concord/shared/graphql';
import { ApiClientsService } from '../api-clients/api-clients.service';
import { Actor, ANONYMOUS } from '../authorization/actor';
import { UsersService } from '../users/users.service';
import { ACCESS_TOKEN_OPTIONS, AccessTokenClaims } from './jwt.strategy';

/**
 * The same checks as the HTTP strategies, for credentials that arrive outside an HTTP request (a WebSocket's
 * `connectionParams.authorization`): `Bearer <jwt>` for people, `ApiKey <key>` for machine clients.
 */
@Injectable()
export class CredentialsVerifier {
  constructor(
    @InjectConfig() private readonly config: ConcordConfig,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly clients: ApiClientsService,
  ) {}

  /** No credentials: anonymous. Credentials that do not check out: refused, never downgraded to anonymous. */
  async actorFor(authorization: unknown): Promise<Actor> {
    if (authorization === undefined || authorization === null || authorization === '') return ANONYMOUS;
    const match = typeof authorization === 'string' ? /^(Bearer|ApiKey)\s+(\S+)$/i.exec(authorization.trim()) : null;
    const actor = match ? await this.verify(match[1].toLowerCase(), match[2]) : undefined;
    if (!actor) throw unauthenticated('The credentials are invalid or have expired', 'INVALID_CREDENTIALS');
    return actor;
  }

  private async verify(scheme: string, credential: string): Promise<Actor | undefined> {
    if (scheme === 'apikey') return this.clients.authenticate(credential);
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims & object>(credential, { secret: this.config.jwtSecret, ...ACCESS_TOKEN_OPTIONS });
    } catch {
      return undefined;
    }
    return this.users.actorFor(claims.sub);
  }
}
