import { existsSync, readFileSync } from 'node:fs';
import { DocumentSignature, parseSignatureHeader, TrustRefusal, verifyReleaseDocument } from '@concord/releases';
import { EXIT, UsageError } from '../usage-error';
import { loadTrustState, saveTrustState } from './trust-state';

export interface VerifyOptions {
  signature?: string;
  root?: string;
  state?: string;
  heldVersion?: string;
  minVersion?: string;
  digest?: string;
}

/**
 * Offline check of a release document against a trusted root (pinned with --root, or the one a trust state followed):
 * digest, key granted by the release role for the publication instant, signature, canonical form, no rollback against
 * the state or --held-version. With --state, the verified release becomes the one held there.
 */
export async function verifyDocument(file: string, options: VerifyOptions): Promise<number> {
  const state = loadTrustState(options.state, options.root);
  const bytes = readBytes(file);
  const signature = readSignature(options.signature ?? companionOf(file));
  const held = options.heldVersion ? { version: options.heldVersion, digest: undefined } : state.held;
  const verdict = verifyReleaseDocument({
    bytes,
    signature,
    root: state.root.signed,
    expectedDigest: options.digest,
    heldVersion: held?.version,
    heldDigest: held?.digest,
    minVersion: options.minVersion,
  });
  if (!verdict.ok) throw new TrustRefusal(verdict.problem, verdict.message);
  if (options.state) saveTrustState(options.state, { ...state, held: { version: verdict.document.version, digest: verdict.digest } });
  console.log(`OK: release ${verdict.document.version}, SHA-256 ${verdict.digest}, signed by key ${signature.keyId}, root version ${state.root.signed.version}`);
  return EXIT.OK;
}

function readBytes(file: string): Buffer {
  if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
  return readFileSync(file);
}

/** `2026.1.json` → `2026.1.sig`, as `concord pull` writes them and the server serves them. */
function companionOf(file: string): string {
  return file.replace(/(\.json)?$/, '.sig');
}

/** A `.sig` file (JSON with keyId, algorithm, value), or a `Concord-Signature` header value given inline. */
export function readSignature(source: string): DocumentSignature {
  const fromHeader = parseSignatureHeader(source);
  if (fromHeader) return fromHeader;
  if (!existsSync(source)) throw new UsageError(`No signature: ${source} does not exist (give --signature <file> or a Concord-Signature value)`);
  try {
    const json = JSON.parse(readFileSync(source, 'utf8')) as Partial<DocumentSignature>;
    if (typeof json.keyId === 'string' && json.algorithm === 'Ed25519' && typeof json.value === 'string') {
      return { keyId: json.keyId, algorithm: json.algorithm, value: json.value };
    }
  } catch {
    // Reported below, with the file named.
  }
  throw new UsageError(`${source} is not a signature: expected JSON with keyId, algorithm Ed25519 and value`);
}
