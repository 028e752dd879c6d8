import type { Context } from 'graphql-ws';
import type { Request, Response } from 'express';
import { Actor, credentialFromConnectionParams, CredentialsVerifier, isCredential } from '@concord/auth';
import { buildGraphQLContext, GraphQLContext, RequestLoaders } from '@concord/shared/graphql';
import { OpenSockets } from './open-sockets';

interface SocketExtra {
  actor?: Actor;
  untrack?: () => void;
  socket?: { close(code: number, reason: string): void };
}

type SocketContext = Context<Record<string, unknown> | undefined, SocketExtra>;

/**
 * graphql-ws settings: the connection authenticates from `connectionParams.authorization` (`Bearer <jwt>` or
 * `ApiKey <key>`), with the same checks as HTTP. Bad credentials close the connection (4403); none means anonymous,
 * which the resolvers' permissions then refuse. Authenticated sockets are re-checked while open (OpenSockets).
 */
export function graphqlWsOptions(credentials: CredentialsVerifier, sockets: OpenSockets) {
  return {
    onConnect: async (ctx: Context<Record<string, unknown> | undefined, unknown>) => {
      const socketCtx = ctx as SocketContext;
      const presented = credentialFromConnectionParams(ctx.connectionParams);
      try {
        socketCtx.extra.actor = await credentials.actorFor(presented);
      } catch {
        return false;
      }
      if (isCredential(presented) && socketCtx.extra.socket) {
        const socket = socketCtx.extra.socket;
        socketCtx.extra.untrack = sockets.track({
          credential: presented,
          close: (code, reason) => socket.close(code, reason),
          setActor: (actor) => (socketCtx.extra.actor = actor),
        });
      }
      return true;
    },
    onClose: (ctx: Context<Record<string, unknown> | undefined, unknown>) => {
      (ctx as SocketContext).extra.untrack?.();
    },
  };
}

/** A graphql-ws context (it has `extra` and `subscriptions`), whether or not the client sent connectionParams. */
const isSocketContext = (source: object): source is SocketContext => 'extra' in source && 'subscriptions' in source;

/** One context builder for HTTP requests and WebSocket operations: to the guards, both look like a request with a user. */
export function graphqlContext(source: { req: Request; res?: Response } | SocketContext): GraphQLContext {
  if (!isSocketContext(source)) return buildGraphQLContext(source as { req: Request; res?: Response });
  const actor = source.extra.actor;
  const req = { headers: {}, user: actor?.kind === 'ANONYMOUS' ? undefined : actor } as unknown as Request;
  return { req, loaders: new RequestLoaders() };
}
