import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import { MIN_LSN_HEADER, readYourWritesLink } from './read-your-writes.link';

describe('read-your-writes link', () => {
  it('sends back the newest position a mutation answered with, on every later request', async () => {
    const sent: (string | undefined)[] = [];
    const answers = [undefined, { lsn: '0/16B3740' }, undefined, { lsn: '0/9A0' }, undefined];
    const server = new ApolloLink((operation) => {
      sent.push(operation.getContext()['headers']?.[MIN_LSN_HEADER]);
      const extensions = answers[sent.length - 1];
      return of({ data: { ok: true }, ...(extensions ? { extensions } : {}) });
    });
    const client = new ApolloClient({ link: ApolloLink.from([readYourWritesLink(), server]), cache: new InMemoryCache() });
    const mutation = gql`mutation { ok }`;
    const query = gql`query { ok }`;
    await client.query({ query, fetchPolicy: 'network-only' });
    await client.mutate({ mutation });
    await client.query({ query, fetchPolicy: 'network-only' });
    // An older position (another tab's, a slower response) never replaces a newer one.
    await client.mutate({ mutation });
    await client.query({ query, fetchPolicy: 'network-only' });
    expect(sent).toEqual([undefined, undefined, '0/16B3740', '0/16B3740', '0/16B3740']);
  });
});
