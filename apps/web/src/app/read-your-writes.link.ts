import { ApolloLink } from '@apollo/client';
import { tap } from 'rxjs';

/** Sent with every request once this tab has written: the API then reads only replicas that have this write. */
export const MIN_LSN_HEADER = 'concord-min-lsn';

/** `16/B374D848` as a number, so that two positions compare. */
const position = (lsn: string) => {
  const [high, low] = lsn.split('/');
  return BigInt(`0x${high}`) * 2n ** 32n + BigInt(`0x${low}`);
};
const isLsn = (value: unknown): value is string => typeof value === 'string' && /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i.test(value);

/**
 * Read-your-writes behind read replicas: every mutation's response carries the primary's WAL position after it
 * committed (`extensions.lsn`); the newest one seen is sent back on every later request, so a page reloaded after
 * a publish never shows the list from before it, whichever replica is behind.
 */
export function readYourWritesLink(): ApolloLink {
  let latest: string | undefined;
  return new ApolloLink((operation, forward) => {
    if (latest) {
      const sent = latest;
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({ headers: { ...headers, [MIN_LSN_HEADER]: sent } }));
    }
    return forward(operation).pipe(
      tap((result) => {
        const lsn = result.extensions?.['lsn'];
        if (isLsn(lsn) && (!latest || position(lsn) > position(latest))) latest = lsn;
      }),
    );
  });
}
