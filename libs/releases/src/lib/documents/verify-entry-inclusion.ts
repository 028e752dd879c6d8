import canonicalize from 'canonicalize';
import type { ListEntry } from '@concord/control-list';
import { parsePublicKey, SIGNATURE_ALGORITHM, signatureMatches } from '../signing/release-signature';
import { leafHash, MERKLE_ALGORITHM, verifyInclusion } from './merkle-tree';
import { RELEASE_HEAD_FORMAT, ReleaseHead, SignedReleaseHead } from './release-merkle';

export interface EntryInclusionProof {
  leafIndex: number;
  treeSize: number;
  /** Hex SHA-256 hashes, leaf's sibling first. */
  path: readonly string[];
}

export interface EntryInclusionRequest {
  /** The entry's RFC 8785 canonical JSON as served (`Entry.canonical`), UTF-8. */
  canonical: string | Uint8Array;
  proof: EntryInclusionProof;
  /** The signed release head (`Release.head`), as text or parsed. */
  head: string | SignedReleaseHead;
  /** Keys the consumer trusts, pinned out of band. */
  /** The release keys the consumer's trusted root lists (what signs release heads). */
  keys: readonly { keyId: string; publicKey: string }[];
  /** The entry asked for: the bytes must be that entry's. */
  code?: string;
  /** The release asked for: the head must be that release's. */
  version?: string;
}

export type EntryInclusionProblem = 'MALFORMED' | 'UNKNOWN_KEY' | 'BAD_SIGNATURE' | 'WRONG_RELEASE' | 'NOT_CANONICAL' | 'WRONG_ENTRY' | 'NOT_INCLUDED';

export type EntryInclusion = { ok: true; entry: ListEntry; head: ReleaseHead } | { ok: false; problem: EntryInclusionProblem; message: string };

const HEX_HASH = /^[0-9a-f]{64}$/;

/**
 * Checks one entry of a signed release without the rest of the list, offline, in this order: the head is a release
 * head signed by a pinned key (Ed25519 over the RFC 8785 bytes of `signed`) and names the release asked for; the
 * entry's bytes are canonical JSON of the entry asked for; the proof leads from SHA-256(0x00 || bytes) at an entry's
 * index to the head's Merkle root in a tree of the head's size. See docs/integrity-merkle.md.
 */
export function verifyEntryInclusion(request: EntryInclusionRequest): EntryInclusion {
  const verified = verifyReleaseHead(request.head, request.keys, request.version);
  if (!verified.ok) return verified;
  const signed = verified.head;

  const bytes = typeof request.canonical === 'string' ? Buffer.from(request.canonical, 'utf8') : Buffer.from(request.canonical);
  let entry: ListEntry;
  try {
    entry = JSON.parse(bytes.toString('utf8')) as ListEntry;
  } catch {
    return refuse('MALFORMED', 'The entry bytes are not JSON');
  }
  if (typeof entry?.code !== 'string') return refuse('MALFORMED', 'The entry bytes are not a control-list entry');
  if (canonicalize(entry) !== bytes.toString('utf8')) return refuse('NOT_CANONICAL', 'The entry bytes are not in RFC 8785 canonical form');
  if (request.code !== undefined && entry.code !== request.code) return refuse('WRONG_ENTRY', `Asked for entry ${request.code}, got entry ${entry.code}`);

  const { leafIndex, treeSize, path } = request.proof;
  if (treeSize !== signed.merkle.leafCount) {
    return refuse('NOT_INCLUDED', `The proof is for a tree of ${treeSize} leaves; release ${signed.version}'s signed tree has ${signed.merkle.leafCount}`);
  }
  if (!Number.isInteger(leafIndex) || leafIndex < 0 || leafIndex >= signed.merkle.entryCount) {
    return refuse('NOT_INCLUDED', `Leaf ${leafIndex} is not one of the ${signed.merkle.entryCount} entries' leaves`);
  }
  if (!path.every((hash) => HEX_HASH.test(hash))) return refuse('MALFORMED', 'The proof path holds something other than hex SHA-256 hashes');
  const included = verifyInclusion(leafHash(bytes), leafIndex, treeSize, path.map((hash) => Buffer.from(hash, 'hex')), Buffer.from(signed.merkle.root, 'hex'));
  if (!included) {
    return refuse('NOT_INCLUDED', `Entry ${entry.code} with this proof does not lead to release ${signed.version}'s signed Merkle root: it is not the entry that was signed`);
  }
  return { ok: true, entry, head: signed };
}

export type ReleaseHeadVerification = { ok: true; head: ReleaseHead } | { ok: false; problem: EntryInclusionProblem; message: string };

/** The first checks of verifyEntryInclusion alone: a release head signed by a pinned key, of the release asked for. */
export function verifyReleaseHead(head: string | SignedReleaseHead, keys: EntryInclusionRequest['keys'], version?: string): ReleaseHeadVerification {
  const envelope = parseHead(head);
  if (!envelope) return refuse('MALFORMED', `The head is not a signed ${RELEASE_HEAD_FORMAT} release head`);
  const { signed } = envelope;
  const pinned = keys.find((key) => envelope.signatures.some((signature) => signature.keyId === key.keyId));
  if (!pinned) {
    const ids = envelope.signatures.map((signature) => signature.keyId).join(', ') || 'no key';
    return refuse('UNKNOWN_KEY', `The head is signed with ${ids}, none of them among the pinned keys`);
  }
  const signedBytes = Buffer.from(canonicalize(signed) as string, 'utf8');
  const signature = envelope.signatures.find((candidate) => candidate.keyId === pinned.keyId)!;
  if (signature.algorithm !== SIGNATURE_ALGORITHM || !signatureMatches(signedBytes, signature.value, parsePublicKey(pinned.publicKey))) {
    return refuse('BAD_SIGNATURE', `The head's signature does not match it for key ${pinned.keyId}: it was altered or not signed by that key`);
  }
  if (version !== undefined && signed.version !== version) {
    return refuse('WRONG_RELEASE', `Asked about release ${version}, got the head of release ${signed.version}`);
  }
  return { ok: true, head: signed };
}

const refuse = (problem: EntryInclusionProblem, message: string): { ok: false; problem: EntryInclusionProblem; message: string } => ({ ok: false, problem, message });

function parseHead(head: string | SignedReleaseHead): SignedReleaseHead | undefined {
  let envelope: SignedReleaseHead;
  try {
    envelope = typeof head === 'string' ? (JSON.parse(head) as SignedReleaseHead) : head;
  } catch {
    return undefined;
  }
  const signed = envelope?.signed;
  const merkle = signed?.merkle;
  const wellFormed =
    signed?.format === RELEASE_HEAD_FORMAT &&
    typeof signed.version === 'string' &&
    merkle?.algorithm === MERKLE_ALGORITHM &&
    typeof merkle.root === 'string' &&
    HEX_HASH.test(merkle.root) &&
    Number.isSafeInteger(merkle.leafCount) &&
    Number.isSafeInteger(merkle.entryCount) &&
    Array.isArray(envelope.signatures) &&
    envelope.signatures.every((signature) => typeof signature?.keyId === 'string' && typeof signature.value === 'string');
  return wellFormed ? envelope : undefined;
}
