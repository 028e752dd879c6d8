import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareVersions } from '@concord/control-list';
import {
  assertRootFresh,
  DocumentSignature,
  parseSignatureHeader,
  ReleaseDocument,
  SignedRoot,
  TimestampStatement,
  TrustProblem,
  TrustRefusal,
  verifyReleaseDocument,
  verifyTimestamp,
} from '@concord/releases';
import { EXIT } from '../usage-error';
import { FETCH_LIMITS, safeFetch } from './safe-fetch';
import { followRotations, getJson, Network } from './trust-fetch';
import { loadTrustState, saveTrustState, TrustState } from './trust-state';

export interface PullOptions {
  server: string;
  version: string;
  apiKey?: string;
  root?: string;
  minVersion?: string;
  allowExpired?: boolean;
  out: string;
  /** Largest document accepted when no signed length says otherwise; default FETCH_LIMITS.documentBytes. */
  maxBytes?: number;
  /** Connect and idle timeout of every request; default FETCH_LIMITS.timeoutMs. */
  timeout?: number;
}

/** What the out directory holds: the signed document as pulled, its signature, the list in concord-list/1, and the trust state. */
export const PULLED = { document: 'release.json', signature: 'release.sig', list: 'list.json', state: 'trust-state.json' } as const;

/**
 * Pulls one released version and only then replaces what the out directory holds, after, in order: following every
 * root rotation from the trusted root, a fresh timestamp signed by the root's timestamp key announcing no older
 * release or root than already seen, and the document verified against the root's release role (see
 * docs/integrity-trust.md). Whatever the server says, nothing already trusted is given up.
 */
export async function pull(options: PullOptions): Promise<number> {
  const stateFile = join(options.out, PULLED.state);
  const state = loadTrustState(stateFile, options.root);
  const server = options.server.replace(/\/+$/, '');
  const headers: Record<string, string> = options.apiKey ? { authorization: `ApiKey ${options.apiKey}` } : {};
  const now = new Date();

  const network: Network = { server, headers, timeoutMs: options.timeout };
  const root = await followRotations(network, state.root);
  assertRootFresh(root, now);
  const statement = await freshTimestamp(network, root, state, now, options.allowExpired === true);
  const latest = statement.latest;
  if (!latest) throw new TrustRefusal(TrustProblem.NOT_LATEST, 'The timestamp announces no release: none is published yet');
  if (options.minVersion && compareVersions(latest.version, options.minVersion) < 0) {
    throw new TrustRefusal(TrustProblem.BELOW_MIN_VERSION, `The newest release announced is ${latest.version}, older than the minimum ${options.minVersion} required`);
  }

  const version = options.version === 'latest' ? latest.version : options.version;
  // The newest release's length is signed by the timestamp: not one byte more is read, and never more than the cap.
  const cap = options.maxBytes ?? FETCH_LIMITS.documentBytes;
  const maxBytes = version === latest.version ? Math.min(latest.length, cap) : cap;
  const response = await safeFetch(`${server}/releases/${encodeURIComponent(version)}.json`, { what: `release ${version}`, headers, maxBytes, timeoutMs: options.timeout });
  const bytes = response.body;
  const signature = parseSignatureHeader(response.header('concord-signature') ?? '');
  if (!signature) {
    throw new TrustRefusal(TrustProblem.MALFORMED, `The server sent release ${version} without a Concord-Signature header`);
  }
  // The newest release's digest and length are signed by the timestamp; an older one's only the ETag announces.
  const announced = version === latest.version ? { expectedDigest: latest.digest, expectedLength: latest.length } : { expectedDigest: response.header('etag')?.replace(/^"|"$/g, '') };
  const verdict = verifyReleaseDocument({
    bytes,
    signature,
    root: root.signed,
    ...announced,
    heldVersion: state.held?.version,
    heldDigest: state.held?.digest,
    minVersion: options.minVersion,
  });
  if (!verdict.ok) throw new TrustRefusal(verdict.problem, verdict.message);
  if (verdict.document.version !== version) {
    throw new TrustRefusal(TrustProblem.MALFORMED, `Asked for release ${version}, got a document for ${verdict.document.version}`);
  }
  write(options.out, bytes, signature, verdict.document);
  saveTrustState(stateFile, {
    ...state,
    root,
    announced: { version: latest.version, digest: latest.digest },
    held: { version, digest: verdict.digest },
    timestampIssuedAt: statement.issuedAt,
  });
  console.log(`Pulled release ${version} (${verdict.document.list.entries.length} entries), SHA-256 ${verdict.digest}, signed by key ${signature.keyId}, root version ${root.signed.version}`);
  return EXIT.OK;
}


async function freshTimestamp(network: Network, root: SignedRoot, state: TrustState, now: Date, allowExpired: boolean): Promise<TimestampStatement> {
  const { statement, expired } = verifyTimestamp(await getJson(network, '/releases/timestamp.json', 'the timestamp', false), root);
  if (expired(now)) {
    const message = `The timestamp expired at ${statement.expires}: the server or a mirror may be frozen on an old state`;
    if (!allowExpired) throw new TrustRefusal(TrustProblem.TIMESTAMP_EXPIRED, message);
    console.error(`WARNING (${TrustProblem.TIMESTAMP_EXPIRED}): ${message}; continuing because of --allow-expired`);
  }
  if (statement.rootVersion < root.signed.version) {
    throw new TrustRefusal(TrustProblem.ROOT_ROLLBACK, `The timestamp names root version ${statement.rootVersion}, older than the trusted version ${root.signed.version}`);
  }
  if (state.timestampIssuedAt && Date.parse(statement.issuedAt) < Date.parse(state.timestampIssuedAt)) {
    throw new TrustRefusal(TrustProblem.TIMESTAMP_ROLLBACK, `The timestamp was issued at ${statement.issuedAt}, before the one already seen (${state.timestampIssuedAt})`);
  }
  const seen = state.announced;
  const latest = statement.latest;
  if (seen && (!latest || compareVersions(latest.version, seen.version) < 0)) {
    throw new TrustRefusal(TrustProblem.ROLLBACK, `The timestamp announces release ${latest?.version ?? 'none'} as newest, older than the ${seen.version} already seen`);
  }
  if (seen && latest && latest.version === seen.version && latest.digest !== seen.digest) {
    throw new TrustRefusal(TrustProblem.ROLLBACK, `The timestamp announces another release ${latest.version} (SHA-256 ${latest.digest}) than the one already seen (${seen.digest})`);
  }
  return statement;
}




/** Each file goes in whole (write, then rename), so a crash never leaves half a list behind. */
function write(out: string, bytes: Buffer, signature: DocumentSignature, document: ReleaseDocument): void {
  mkdirSync(out, { recursive: true });
  const list = { format: document.list.format, version: document.version, entries: document.list.entries, definitions: document.list.definitions };
  const files: [string, Buffer | string][] = [
    [PULLED.list, `${JSON.stringify(list, null, 2)}\n`],
    [PULLED.signature, `${JSON.stringify(signature)}\n`],
    [PULLED.document, bytes],
  ];
  for (const [name, content] of files) {
    writeFileSync(join(out, `${name}.partial`), content);
    renameSync(join(out, `${name}.partial`), join(out, name));
  }
}
