import type { Context } from 'graphql-ws';
import type { Request, Response } from 'express';
import { Actor, CredentialsVerifier } from '@concord/auth';
import { buildGraphQLContext, GraphQLContext, RequestLoaders } from '@concord/shared/graphql';

type SocketContext = Context<Record<string, unknown> | undefined, { actor?: Actor }>;

/**
 * graphql-ws settings: the connection authenticates once, from `connectionParams.authorization` (`Bearer <jwt>` or
 * `ApiKey <key>`), with the same checks as HTTP. Bad credentials close the connection (4403); none means anonymous,
 * which the resolvers' permissions then refuse.
 */
export function graphqlWsOptions(credentials: CredentialsVerifier) {
  return {
    onConnect: async (ctx: Context<Record<string, unknown> | undefined, unknown>) => {
      try {
        (ctx as SocketContext).extra.actor = await credentials.actorFor(ctx.connectionParams?.['authorization']);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** One context builder for HTTP requests and WebSocket operations: to the guards, both look like a request with a user. */
export function graphqlContext(source: { req: Request; res?: Response } | SocketContext): GraphQLContext {
  if (!('connectionParams' in source) || !('extra' in source)) return buildGraphQLContext(source as { req: Request; res?: Response });
  const actor = source.extra.actor;
  const req = { headers: {}, user: actor?.kind === 'ANONYMOUS' ? undefined : actor } as unknown as Request;
  return { req, loaders: new RequestLoaders() };
}
