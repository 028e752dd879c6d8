import { readFileSync } from 'node:fs';
import { PinnedKey } from '@concord/releases';
import { UsageError } from '../usage-error';

/**
 * The keys a consumer trusts, from a file it controls: a list of `{ keyId, publicKey }`, or `signingKeys` as the API
 * returns it (`{ signingKeys: [...] }`, with or without GraphQL's `data` wrapper).
 */
export function readPinnedKeys(file: string): PinnedKey[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read the pinned keys in ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const holder = json as { data?: { signingKeys?: unknown }; signingKeys?: unknown };
  const list = Array.isArray(json) ? json : (holder.signingKeys ?? holder.data?.signingKeys);
  const keys = Array.isArray(list) ? list.filter((key): key is PinnedKey => typeof key?.keyId === 'string' && typeof key?.publicKey === 'string') : [];
  if (!keys.length) throw new UsageError(`${file} holds no keys: expected [{ "keyId": …, "publicKey": … }] or the API's signingKeys`);
  return keys;
}
