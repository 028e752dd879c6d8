import { AsyncLocalStorage } from 'node:async_hooks';
import type { WalPosition } from './wal-position';

/** What one request asks of the reads it makes: how fresh they must be, and where they already went. */
export interface ReadContext {
  /** The client's last write (Concord-Min-Lsn): a replica serves only once it has replayed this far. */
  minPosition?: WalPosition;
  /**
   * Set by a mutation, and by a read that fell back to the primary: from then on the request reads the primary only,
   * so it never sees data older than what it already saw or wrote.
   */
  primaryOnly?: boolean;
  /** The replica the request's first read used; its later reads stay there, so they are monotonic too. */
  pinned?: unknown;
}

const storage = new AsyncLocalStorage<ReadContext>();

export function runWithReadContext<T>(context: ReadContext, work: () => T): T {
  return storage.run(context, work);
}

/** The current request's read context; undefined outside a request (workers, start-up). */
export function currentReadContext(): ReadContext | undefined {
  return storage.getStore();
}
