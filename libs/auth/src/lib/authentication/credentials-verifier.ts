import { Injectable } from '@nestjs/common';
import { unauthenticated } from '@concord/shared/graphql';
import { ApiClientsService } from '../api-clients/api-clients.service';
import { Actor, ANONYMOUS, ApiClientActor, UserActor } from '../authorization/actor';
import { UsersService } from '../users/users.service';
import { AccessTokens } from './access-tokens';
import { Credential, PresentedCredential } from './credential';
import { AuthErrorReason } from '../auth-error-reason';

/**
 * The one check of a credential, for HTTP requests, the release download and pull cache, and WebSocket connections
 * alike. An API key must name a client that is not revoked; an access token must be well signed, unexpired (by the
 * injected clock) and bounded, and name a user still active whose token version and session still stand. What the
 * actor may then do (roles, a client's scopes) is the access policy's business.
 */
@Injectable()
export class CredentialsVerifier {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly users: UsersService,
    private readonly clients: ApiClientsService,
  ) {}

  /** Undefined when the credential does not check out; a rejection is a failure to check (the database is down), not a verdict. */
  async verify(credential: Credential): Promise<UserActor | ApiClientActor | undefined> {
    if (credential.kind === 'API_KEY') return this.clients.authenticate(credential.key);
    const claims = await this.tokens.verify(credential.token);
    return claims && this.users.actorFor(claims);
  }

  /**
   * The same verdict `verify` would give, from memory alone, for callers that must answer without waiting (the
   * document fast path); undefined when this instance does not know the credential lately, so `verify` must decide.
   */
  knownActor(credential: Credential): ApiClientActor | undefined {
    return credential.kind === 'API_KEY' ? this.clients.knownActor(credential.key) : undefined;
  }

  /** No credential: anonymous. One that does not check out, or a malformed one: refused, never downgraded to anonymous. */
  async actorFor(presented: PresentedCredential): Promise<Actor> {
    if (presented.kind === 'NONE') return ANONYMOUS;
    const actor = presented.kind === 'MALFORMED' ? undefined : await this.verify(presented);
    if (!actor) throw unauthenticated('The credentials are invalid or have expired', AuthErrorReason.INVALID_CREDENTIALS);
    return actor;
  }
}
