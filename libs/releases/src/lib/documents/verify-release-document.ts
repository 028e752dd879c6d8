import { compareVersions, isReleaseVersion } from '@concord/control-list';
import { DocumentSignature, parsePublicKey, sha256Hex, signatureMatches } from '../signing/release-signature';
import { releaseKeyFor } from '../trust/trust-checks';
import { RootMetadata } from '../trust/trust-metadata';
import { TrustProblem, TrustRefusal } from '../trust/trust-problem';
import { canonicalBytes, RELEASE_DOCUMENT_FORMAT, ReleaseDocument } from './release-document';

export interface VerificationRequest {
  bytes: Buffer;
  signature: DocumentSignature;
  /** The root the consumer trusts: pinned out of band, or followed from a pinned one (see updateRoot). */
  root: RootMetadata;
  /** The digest announced by a signed timestamp (or, weaker, the ETag or `Release.digest`), when there is one. */
  expectedDigest?: string;
  /** The length announced by a signed timestamp. */
  expectedLength?: number;
  /** The release the consumer already holds: anything older, or the same version with other bytes, is a rollback. */
  heldVersion?: string;
  heldDigest?: string;
  /** A fresh consumer's floor: nothing older is accepted, whatever the server says is newest. */
  minVersion?: string;
}

export type Verification = { ok: true; document: ReleaseDocument; digest: string } | { ok: false; problem: TrustProblem; message: string };

const refuse = (problem: TrustProblem, message: string): Verification => ({ ok: false, problem, message });

/**
 * Everything a consumer checks before trusting a pulled document, offline, in this order: the bytes hash to the
 * announced digest and length, the signing key is in the trusted root's release role and not revoked, it signed
 * exactly these bytes, the bytes are the canonical form of what they say (so no second reading can differ), the key's
 * window covers the publication, and the version is not older than (nor a different document for) the one held.
 */
export function verifyReleaseDocument(request: VerificationRequest): Verification {
  const digest = sha256Hex(request.bytes);
  if (request.expectedDigest && request.expectedDigest !== digest) {
    return refuse(TrustProblem.DIGEST_MISMATCH, `The document's SHA-256 is ${digest}, not the announced ${request.expectedDigest}`);
  }
  if (request.expectedLength !== undefined && request.expectedLength !== request.bytes.length) {
    return refuse(TrustProblem.LENGTH_MISMATCH, `The document is ${request.bytes.length} bytes long, not the announced ${request.expectedLength}`);
  }
  const grant = request.root.roles.release.keys.find((key) => key.keyId === request.signature.keyId);
  if (!grant) {
    return refuse(TrustProblem.UNKNOWN_KEY, `The document is signed with key ${request.signature.keyId}, which is not in the release role of the trusted root (version ${request.root.version})`);
  }
  if (grant.revoked) return refuse(TrustProblem.KEY_REVOKED, `The document is signed with key ${grant.keyId}, revoked in root version ${request.root.version}`);
  const publicKey = parsePublicKey(request.root.keys[grant.keyId].publicKey);
  if (request.signature.algorithm !== 'Ed25519' || !signatureMatches(request.bytes, request.signature.value, publicKey)) {
    return refuse(TrustProblem.BAD_SIGNATURE, `The signature does not match the document for key ${grant.keyId}: it was altered or not signed by that key`);
  }
  let document: ReleaseDocument;
  try {
    document = JSON.parse(request.bytes.toString('utf8')) as ReleaseDocument;
  } catch {
    return refuse(TrustProblem.MALFORMED, 'The signed bytes are not JSON');
  }
  if (document?.format !== RELEASE_DOCUMENT_FORMAT || !isReleaseVersion(document.version)) {
    return refuse(TrustProblem.MALFORMED, `The document is not a ${RELEASE_DOCUMENT_FORMAT} release document`);
  }
  if (!canonicalBytes(document).equals(request.bytes)) {
    return refuse(TrustProblem.NOT_CANONICAL, 'The signed bytes are not in RFC 8785 canonical form');
  }
  try {
    releaseKeyFor(request.root, grant.keyId, document.publishedAt);
  } catch (error) {
    if (error instanceof TrustRefusal) return refuse(error.problem, error.message);
    throw error;
  }
  return checkProgress(request, document, digest);
}

function checkProgress(request: VerificationRequest, document: ReleaseDocument, digest: string): Verification {
  const { heldVersion, heldDigest, minVersion } = request;
  if (minVersion && compareVersions(document.version, minVersion) < 0) {
    return refuse(TrustProblem.BELOW_MIN_VERSION, `The document is release ${document.version}, older than the minimum ${minVersion} required`);
  }
  if (heldVersion && compareVersions(document.version, heldVersion) < 0) {
    return refuse(TrustProblem.ROLLBACK, `The document is release ${document.version}, older than the ${heldVersion} already held: refusing a rollback`);
  }
  if (heldVersion && heldDigest && document.version === heldVersion && digest !== heldDigest) {
    return refuse(TrustProblem.ROLLBACK, `The document is another release ${document.version} (SHA-256 ${digest}) than the one held (${heldDigest})`);
  }
  const previous = document.previous;
  if (heldDigest && previous && previous.version === heldVersion && previous.digest !== heldDigest) {
    return refuse(TrustProblem.PREDECESSOR_MISMATCH, `Release ${document.version} follows a release ${previous.version} with SHA-256 ${previous.digest}, not the one held (${heldDigest})`);
  }
  return { ok: true, document, digest };
}
