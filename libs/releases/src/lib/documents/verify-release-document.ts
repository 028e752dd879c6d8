import { compareVersions, isReleaseVersion } from '@concord/control-list';
import { DocumentSignature, parsePublicKey, sha256Hex, signatureMatches } from '../signing/release-signature';
import { canonicalBytes, RELEASE_DOCUMENT_FORMAT, ReleaseDocument } from './release-document';

export interface PinnedKey {
  keyId: string;
  publicKey: string;
}

export interface VerificationRequest {
  bytes: Buffer;
  signature: DocumentSignature;
  /** Keys the consumer trusts, pinned out of band (e.g. `signingKeys` fetched once and reviewed). */
  keys: readonly PinnedKey[];
  /** The digest the server announced (ETag, `Release.digest`), when there is one. */
  expectedDigest?: string;
  /** The version the consumer already holds: anything older is a rollback. */
  heldVersion?: string;
}

export type Verification =
  | { ok: true; document: ReleaseDocument; digest: string }
  | { ok: false; problem: 'DIGEST_MISMATCH' | 'UNKNOWN_KEY' | 'BAD_SIGNATURE' | 'NOT_CANONICAL' | 'MALFORMED' | 'ROLLBACK'; message: string };

/**
 * Everything a consumer checks before trusting a pulled document, offline: the bytes hash to the announced digest,
 * a pinned key signed exactly these bytes, the bytes are the canonical form of what they say (so no second
 * reading can differ), and the version is not older than the one held.
 */
export function verifyReleaseDocument(request: VerificationRequest): Verification {
  const digest = sha256Hex(request.bytes);
  if (request.expectedDigest && request.expectedDigest !== digest) {
    return { ok: false, problem: 'DIGEST_MISMATCH', message: `The document's SHA-256 is ${digest}, not the announced ${request.expectedDigest}` };
  }
  const pinned = request.keys.find((key) => key.keyId === request.signature.keyId);
  if (!pinned) {
    return { ok: false, problem: 'UNKNOWN_KEY', message: `The document is signed with key ${request.signature.keyId}, which is not among the pinned keys` };
  }
  if (request.signature.algorithm !== 'Ed25519' || !signatureMatches(request.bytes, request.signature.value, parsePublicKey(pinned.publicKey))) {
    return { ok: false, problem: 'BAD_SIGNATURE', message: `The signature does not match the document for key ${pinned.keyId}: it was altered or not signed by that key` };
  }
  let document: ReleaseDocument;
  try {
    document = JSON.parse(request.bytes.toString('utf8')) as ReleaseDocument;
  } catch {
    return { ok: false, problem: 'MALFORMED', message: 'The signed bytes are not JSON' };
  }
  if (document?.format !== RELEASE_DOCUMENT_FORMAT || !isReleaseVersion(document.version)) {
    return { ok: false, problem: 'MALFORMED', message: `The document is not a ${RELEASE_DOCUMENT_FORMAT} release document` };
  }
  if (!canonicalBytes(document).equals(request.bytes)) {
    return { ok: false, problem: 'NOT_CANONICAL', message: 'The signed bytes are not in RFC 8785 canonical form' };
  }
  if (request.heldVersion && compareVersions(document.version, request.heldVersion) < 0) {
    return {
      ok: false,
      problem: 'ROLLBACK',
      message: `The document is release ${document.version}, older than the ${request.heldVersion} already held: refusing a rollback`,
    };
  }
  return { ok: true, document, digest };
}
