import { SignedRoot, TrustProblem, TrustRefusal, updateRoot } from '@concord/releases';
import { safeFetch } from './safe-fetch';

export interface Network {
  server: string;
  headers: Record<string, string>;
  timeoutMs?: number;
}

/** Signed metadata is small: a root or a timestamp larger than this is refused before it is parsed. */
const METADATA_BYTES = 1024 * 1024;

/** TUF 5.3: root N+1, N+2, … until the server has no next one, each signed by its predecessor's threshold and its own. */
export async function followRotations(network: Network, trusted: SignedRoot): Promise<SignedRoot> {
  let root = trusted;
  for (;;) {
    const next = await getJson(network, `/releases/root/${root.signed.version + 1}.json`, `root version ${root.signed.version + 1}`, true);
    if (next === undefined) return root;
    root = updateRoot(root, next);
  }
}

/** The JSON at a path of the server; with `absentIsEnd`, undefined on 404 (there is no next root). */
export async function getJson(network: Network, path: string, what: string, absentIsEnd: boolean): Promise<unknown> {
  const response = await safeFetch(`${network.server}${path}`, {
    what,
    headers: network.headers,
    maxBytes: METADATA_BYTES,
    timeoutMs: network.timeoutMs,
    acceptStatus: absentIsEnd ? [404] : [],
  });
  if (response.status === 404) return undefined;
  try {
    return JSON.parse(response.body.toString('utf8'));
  } catch {
    throw new TrustRefusal(TrustProblem.MALFORMED, `${network.server}${path} did not answer JSON`);
  }
}
