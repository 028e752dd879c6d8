import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * What identifies a response: the exact query text (by Apollo's SHA-256 of it), the operation picked from it, and
 * the variables in RFC 8785 form, so that `{"a":1,"b":2}` and `{"b":2,"a":1}` share an entry. Who asks is not part
 * of it: release reads are the same for every caller allowed to make them (no per-actor filtering in the services).
 */
/**
 * A query naming the release in force (`latestRelease`) is also keyed by the version in force, so a
 * publication moves it to another entry rather than leaving a superseded answer under its key.
 */
export function responseKey(
  queryHash: string,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  inForce?: string,
): string {
  return createHash('sha256')
    .update(queryHash)
    .update('\0')
    .update(operationName ?? '')
    .update('\0')
    .update(canonicalize(variables ?? {}) ?? '{}')
    .update('\0')
    .update(inForce === undefined ? '' : `in force:${inForce}`)
    .digest('base64');
}
