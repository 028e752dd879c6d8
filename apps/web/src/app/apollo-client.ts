import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { Observable } from 'rxjs';
import { readYourWritesLink } from './read-your-writes.link';
import { sessionStore } from './session/session-store';

const isUnauthenticated = (error: unknown) =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');

function webSocketUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * HTTP for queries and mutations, graphql-ws for live events; both carry the in-memory access token. HTTP requests
 * also carry the position of this tab's latest write, so that replicas behind it do not answer them.
 */
export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink((prevContext) => {
    const token = sessionStore.token;
    return token ? { headers: { ...prevContext['headers'], authorization: `Bearer ${token}` } } : {};
  });
  // A token that lapsed while the tab slept: renew once and replay; if that fails the session has ended.
  const renewOnExpiry = new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || !sessionStore.token || operation.getContext()['renewed']) return;
    return new Observable((observer) => {
      void sessionStore.refresh().then((grant) => {
        if (!grant) return observer.error(error);
        operation.setContext({ renewed: true });
        forward(operation).subscribe(observer);
      });
    });
  });
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const ws = new GraphQLWsLink(
    createClient({
      url: webSocketUrl(),
      lazy: true,
      connectionParams: () => (sessionStore.token ? { authorization: `Bearer ${sessionStore.token}` } : {}),
      retryAttempts: Infinity,
    }),
  );
  const transport = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    ws,
    ApolloLink.from([renewOnExpiry, auth, readYourWritesLink(), http]),
  );
  return new ApolloClient({ link: transport, cache: new InMemoryCache() });
}
