import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { requestOf, unauthenticated } from '@concord/shared/graphql';
import { Actor } from '../authorization/actor';

/**
 * Establishes who is calling. No credentials means anonymous (the authorization guard decides what that may do);
 * credentials that do not check out are refused outright rather than silently downgraded to anonymous.
 */
@Injectable()
export class AuthenticationGuard extends AuthGuard(['jwt', 'api-key']) {
  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    // A WebSocket operation's request is built from the socket's own (already checked) actor and may have no headers.
    if (!req) throw unauthenticated();
    if (req.user) return true;
    if (!req.headers?.['authorization'] && !req.headers?.['x-api-key']) return true;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T = Actor>(error: unknown, actor: T | false): T {
    // An error here is a failure to check (the database is down), not a verdict on the credentials.
    if (error) throw error;
    if (!actor) throw unauthenticated('The credentials are invalid or have expired', 'INVALID_CREDENTIALS');
    return actor;
  }
}
