import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseRoot, SignedRoot, verifyPinnedRoot } from '@concord/releases';
import { UsageError } from '../usage-error';
import { followRotations, Network } from './trust-fetch';

export const TRUST_STATE_FORMAT = 'concord-trust-state/1' as const;

export interface HeldRelease {
  version: string;
  digest: string;
}

/**
 * What a consumer has come to trust, so that nothing it is served later can take it back: the newest root it followed,
 * the newest release a timestamp announced, the release it holds, and the newest timestamp's issue time.
 */
export interface TrustState {
  format: typeof TRUST_STATE_FORMAT;
  root: SignedRoot;
  announced: HeldRelease | null;
  held: HeldRelease | null;
  timestampIssuedAt: string | null;
}

/**
 * The state kept in `file`, or a fresh one starting from the root pinned out of band (`--root`), which must be signed
 * by a threshold of its own root keys. Once a state exists it wins: it holds the newest root followed from the pin.
 */
export function loadTrustState(file: string | undefined, pinnedRoot: string | undefined): TrustState {
  const state = file && existsSync(file) ? readState(file) : undefined;
  if (state) return state;
  if (!pinnedRoot) throw new UsageError(`${file ? `${file} does not exist yet: ` : ''}give --root <file>, the root metadata the secretariat handed you (e.g. root.json, version 1)`);
  return { format: TRUST_STATE_FORMAT, root: verifyPinnedRoot(readJson(pinnedRoot, 'root metadata')), announced: null, held: null, timestampIssuedAt: null };
}

export function saveTrustState(file: string, state: TrustState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.partial`, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(`${file}.partial`, file);
}

function readState(file: string): TrustState {
  const json = readJson(file, 'trust state') as Partial<TrustState>;
  if (json.format !== TRUST_STATE_FORMAT) throw new UsageError(`${file} is not a ${TRUST_STATE_FORMAT} file: move it away, or pull into another directory`);
  return { format: TRUST_STATE_FORMAT, root: parseRoot(json.root), announced: json.announced ?? null, held: json.held ?? null, timestampIssuedAt: json.timestampIssuedAt ?? null };
}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read the ${what} in ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export interface TrustedKey {
  keyId: string;
  publicKey: string;
}

/**
 * The release keys the trusted root grants for an instant: listed, not revoked, their window covering it. They sign
 * release heads (verify-entry) and audit checkpoints (verify-audit) as well as the documents, so those checks trust
 * exactly what `pull` and `verify` do. The instant is the one the signed object states (a head's publishedAt, a
 * checkpoint's at): a forged date breaks the signature, and a retired key cannot sign anything dated after its window.
 */
export async function trustedReleaseKeys(options: { root?: string; state?: string }, server?: Network): Promise<(at: string) => TrustedKey[]> {
  const pinned = loadTrustState(options.state, options.root).root;
  // Against a server, every rotation since the pinned root is followed first, as pull does.
  const root = server ? await followRotations(server, pinned) : pinned;
  return (at) => {
    const instant = Date.parse(at);
    return root.signed.roles.release.keys
      .filter((grant) => !grant.revoked && instant >= Date.parse(grant.validFrom) && (grant.validUntil === null || instant < Date.parse(grant.validUntil)))
      .map((grant) => ({ keyId: grant.keyId, publicKey: root.signed.keys[grant.keyId].publicKey }));
  };
}
