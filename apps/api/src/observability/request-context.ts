import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What follows one HTTP request through its asynchronous work: its id, and the GraphQL operation it turned out to be. */
export interface RequestContext {
  id: string;
  operation?: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

/**
 * A caller's own id is kept when it is short and plain (it goes into headers, logs and a SQL literal); anything else
 * is replaced, never escaped. 48 characters leave room for the prefix within PostgreSQL's 63-byte application_name.
 */
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,48}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && ACCEPTED_ID.test(header) ? header : randomUUID();
}

/** The database session's application_name while it works for a request. */
export const requestApplicationName = (id: string) => `concord ${id}`;
