import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { requestOf, unauthenticated } from '@concord/shared/graphql';
import { Actor } from '../authorization/actor';
import { credentialFromHeaders } from './credential';
import { CredentialsVerifier } from './credentials-verifier';

/**
 * Establishes who is calling. No credentials means anonymous (the authorization guard decides what that may do);
 * credentials that do not check out are refused outright rather than silently downgraded to anonymous. A failure to
 * check (the database is down) propagates as such, not as a verdict on the credentials.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(private readonly credentials: CredentialsVerifier) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req: (Request & { user?: Actor }) | undefined = requestOf(context);
    // A WebSocket operation's request is built from the socket's own (already checked) actor and may have no headers.
    if (!req) throw unauthenticated();
    if (req.user) return true;
    const actor = await this.credentials.actorFor(credentialFromHeaders(req.headers ?? {}));
    if (actor.kind !== 'ANONYMOUS') req.user = actor;
    return true;
  }
}
