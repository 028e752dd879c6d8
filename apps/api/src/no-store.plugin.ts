import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * `Cache-Control: no-store` on every GraphQL response, which is all Apollo's cache-control plugin ever sent here:
 * Concord declares no cache hints (the release pull cache keeps its own), and that plugin costs a hook on every
 * resolved field, thousands per page of entries.
 */
export function noStorePlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
