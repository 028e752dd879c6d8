import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { currentReadContext, LSN_HEADER, ReadReplicas } from '@concord/shared/db';

/**
 * Read-your-writes across replicas. A mutation reads the primary only (what it returns must include what it wrote),
 * and its response carries the primary's WAL position after it committed, as the Concord-Lsn header and as
 * `extensions.lsn`. A client that sends that position back (Concord-Min-Lsn) is served by a replica only once the
 * replica has replayed it.
 */
export function commitPositionPlugin(replicas: ReadReplicas): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          const context = currentReadContext();
          if (operation?.operation === 'mutation' && context) context.primaryOnly = true;
        },
        async willSendResponse({ operation, response }) {
          if (operation?.operation !== 'mutation') return;
          // The mutation's transactions have committed by now; without the position the client reads the primary's
          // data from a replica as it would without read-your-writes, so an unreachable primary only costs the header.
          const lsn = await replicas.writePosition().catch(() => undefined);
          if (!lsn) return;
          response.http.headers.set(LSN_HEADER, lsn);
          if (response.body.kind === 'single') response.body.singleResult.extensions = { ...response.body.singleResult.extensions, lsn };
        },
      };
    },
  };
}
