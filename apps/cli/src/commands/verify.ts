import { existsSync, readFileSync } from 'node:fs';
import { DocumentSignature, parseSignatureHeader, verifyReleaseDocument } from '@concord/releases';
import { EXIT, UsageError } from '../usage-error';
import { readPinnedKeys } from './pinned-keys';

export interface VerifyOptions {
  signature?: string;
  keys: string;
  heldVersion?: string;
  digest?: string;
}

/** Offline check of a release document: digest, signature by a pinned key, canonical form, no rollback. */
export async function verifyDocument(file: string, options: VerifyOptions): Promise<number> {
  const keys = readPinnedKeys(options.keys);
  const bytes = readBytes(file);
  const signature = readSignature(options.signature ?? companionOf(file));
  const verdict = verifyReleaseDocument({ bytes, signature, keys, expectedDigest: options.digest, heldVersion: options.heldVersion });
  if (!verdict.ok) {
    console.error(`REFUSED (${verdict.problem}): ${verdict.message}`);
    return EXIT.REFUSED;
  }
  console.log(`OK: release ${verdict.document.version}, SHA-256 ${verdict.digest}, signed by key ${signature.keyId}`);
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
