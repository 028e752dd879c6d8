import { Injectable } from '@nestjs/common';
import { unauthenticated } from '@concord/shared/graphql';
import { ApiClientsService } from '../api-clients/api-clients.service';
import { Actor, ANONYMOUS } from '../authorization/actor';
import { UsersService } from '../users/users.service';
import { AccessTokens } from './access-tokens';

/**
 * The same checks as the HTTP strategies, for credentials that arrive outside an HTTP request (a WebSocket's
 * `connectionParams.authorization`): `Bearer <jwt>` for people, `ApiKey <key>` for machine clients.
 */
@Injectable()
export class CredentialsVerifier {
  constructor(
    private readonly tokens: AccessTokens,
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
    const claims = await this.tokens.verify(credential);
    return claims && this.users.actorFor(claims);
  }
}
