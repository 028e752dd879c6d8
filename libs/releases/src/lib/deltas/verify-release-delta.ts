import canonicalize from 'canonicalize';
import type { ListEntry } from '@concord/control-list';
import { inScope } from '@concord/events';
import { SignedReleaseHead } from '../documents/release-merkle';
import { EntryInclusionProblem, EntryInclusionProof, verifyEntryInclusion, verifyReleaseHead } from '../documents/verify-entry-inclusion';
import { parsePublicKey, SIGNATURE_ALGORITHM, signatureMatches } from '../signing/release-signature';
import { signedBytes } from '../signing/signed-envelope';
import { RootMetadata } from '../trust/trust-metadata';
import { DeltaRelease, RELEASE_DELTA_FORMAT, ReleaseDeltaDocument, ReleaseDeltaStatement } from './release-delta';

export interface DeltaTrust {
  /** The root the consumer trusts (pinned with --root, or followed from it): its release role signs heads and deltas. */
  root: RootMetadata;
  /** The release the consumer holds: the delta must start from it, or releases were missed in between. */
  held?: { version: string; digest: string };
  /** For a key's window when the delta was signed after a key rotation; default now. */
  now?: Date;
}

export type DeltaProblem =
  | EntryInclusionProblem
  | 'HEAD_MISMATCH'
  | 'PROOF_MISSING'
  | 'OUT_OF_SCOPE'
  | 'KIND_MISMATCH'
  | 'NOT_CONSECUTIVE'
  | 'PREDECESSOR_MISMATCH';

export type DeltaVerification =
  | { ok: true; delta: ReleaseDeltaStatement; checked: string[] }
  | { ok: false; problem: DeltaProblem; message: string };

class DeltaRefusal extends Error {
  constructor(
    readonly problem: DeltaProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Everything a consumer checks before acting on a delta, offline, without trusting how it came (docs/subscriptions.md):
 * both heads are signed by release keys the trusted root grants for their publication and name exactly the releases
 * the delta names; every change is in scope, its kind agrees with its sides, and each side's canonical bytes are
 * proved under its release's signed Merkle root; the release key signed the whole statement (so no change in scope
 * was left out and `previous` is the release's predecessor); and, when the consumer says what it holds, the delta
 * starts from exactly that release. Returns what was checked, one line each.
 */
export function verifyReleaseDelta(delta: unknown, trust: DeltaTrust): DeltaVerification {
  try {
    return { ok: true, delta: (delta as ReleaseDeltaDocument).signed, checked: check(delta, trust) };
  } catch (error) {
    if (error instanceof DeltaRefusal) return { ok: false, problem: error.problem, message: error.message };
    throw error;
  }
}

function check(given: unknown, trust: DeltaTrust): string[] {
  const delta = wellFormed(given);
  const { signed, heads, proofs } = delta;
  const checked: string[] = [];
  const keysAt = (at: string) => grantedKeys(trust.root, at);

  checkHead(heads.release, signed.release, keysAt);
  checked.push(`head of release ${signed.release.version} signed by a trusted release key, digest ${signed.release.digest}, Merkle root ${signed.release.merkleRoot}`);
  if ((signed.previous === null) !== (heads.previous === null)) throw new DeltaRefusal('HEAD_MISMATCH', 'The delta names a predecessor without its head, or a head without a predecessor');
  if (signed.previous && heads.previous) {
    checkHead(heads.previous, signed.previous, keysAt);
    checked.push(`head of predecessor ${signed.previous.version} signed by a trusted release key, digest ${signed.previous.digest}`);
  }

  signed.changes.forEach((change, index) => {
    const proof = proofs[index];
    if (!inScope(signed.scope, change.code)) throw new DeltaRefusal('OUT_OF_SCOPE', `Entry ${change.code} is not in the scope ${describeScope(signed.scope)}`);
    checkKind(change.code, change.kind, change.before, change.after);
    if (change.before) checkSide(change.code, change.before, proof.before, heads.previous!, signed.previous!, keysAt, 'before');
    if (change.after) checkSide(change.code, change.after, proof.after, heads.release, signed.release, keysAt, 'after');
    const sides = [change.before && `before in ${signed.previous!.version}`, change.after && `after in ${signed.release.version}`].filter(Boolean).join(', ');
    checked.push(`${change.code} ${change.kind}: ${sides} proved under the signed Merkle root`);
  });

  checkStatementSignature(delta, trust);
  checked.push(`the delta (${signed.changes.length} change(s) in ${describeScope(signed.scope)}) signed by a trusted release key: complete, and ${signed.previous ? `${signed.previous.version} is the predecessor` : 'the first release'}`);

  if (trust.held) {
    if (signed.previous?.version !== trust.held.version) {
      throw new DeltaRefusal('NOT_CONSECUTIVE', `The delta goes from ${signed.previous?.version ?? 'nothing'} to ${signed.release.version}, but ${trust.held.version} is held: fetch the deltas in between`);
    }
    if (signed.previous.digest !== trust.held.digest) {
      throw new DeltaRefusal('PREDECESSOR_MISMATCH', `The delta's predecessor ${signed.previous.version} has SHA-256 ${signed.previous.digest}, not the one held (${trust.held.digest})`);
    }
    checked.push(`starts from the release held, ${trust.held.version}`);
  }
  return checked;
}

function checkHead(head: SignedReleaseHead, named: DeltaRelease, keysAt: (at: string) => { keyId: string; publicKey: string }[]): void {
  const verdict = verifyReleaseHead(head, keysAt(claimedPublication(head)), named.version);
  if (!verdict.ok) throw new DeltaRefusal(verdict.problem, `Head of release ${named.version}: ${verdict.message}`);
  const signed = verdict.head;
  if (signed.digest !== named.digest || signed.merkle.root !== named.merkleRoot || signed.publishedAt !== named.publishedAt) {
    throw new DeltaRefusal('HEAD_MISMATCH', `The signed head of release ${named.version} does not say what the delta says of it (digest, Merkle root, publication)`);
  }
}

function checkSide(
  code: string,
  entry: ListEntry,
  proof: EntryInclusionProof | null,
  head: SignedReleaseHead,
  release: DeltaRelease,
  keysAt: (at: string) => { keyId: string; publicKey: string }[],
  side: 'before' | 'after',
): void {
  if (!proof) throw new DeltaRefusal('PROOF_MISSING', `No inclusion proof came with the ${side} of ${code}`);
  if (!Number.isInteger(proof.leafIndex) || !Number.isInteger(proof.treeSize) || !Array.isArray(proof.path)) {
    throw new DeltaRefusal('MALFORMED', `The ${side} proof of ${code} is not { leafIndex, treeSize, path }`);
  }
  const verdict = verifyEntryInclusion({ canonical: canonicalize(entry) as string, proof, head, keys: keysAt(release.publishedAt), code, version: release.version });
  if (!verdict.ok) throw new DeltaRefusal(verdict.problem, `The ${side} of ${code}: ${verdict.message}`);
}

/** ADDED has no before; REMOVED leaves the entry RESERVED or absent; AMENDED has both sides. */
function checkKind(code: string, kind: string, before: ListEntry | null, after: ListEntry | null): void {
  const consistent =
    (kind === 'ADDED' && !before && !!after) ||
    (kind === 'AMENDED' && !!before && !!after) ||
    (kind === 'REMOVED' && !!before && (!after || after.status === 'RESERVED'));
  if (!consistent) throw new DeltaRefusal('KIND_MISMATCH', `Entry ${code} is ${kind}, but its before and after say otherwise`);
}

function checkStatementSignature(delta: ReleaseDeltaDocument, trust: DeltaTrust): void {
  const bytes = signedBytes(delta.signed);
  const now = (trust.now ?? new Date()).toISOString();
  // Signed when it was asked for: by the key of its release's publication, or, after a rotation, by a key valid now.
  const keys = [...grantedKeys(trust.root, delta.signed.release.publishedAt), ...grantedKeys(trust.root, now)];
  const signature = delta.signatures.find((candidate) => keys.some((key) => key.keyId === candidate.keyId));
  if (!signature) {
    throw new DeltaRefusal('UNKNOWN_KEY', `The delta is signed with ${delta.signatures.map((s) => s.keyId).join(', ') || 'no key'}, none of them a release key the trusted root grants`);
  }
  const key = keys.find((candidate) => candidate.keyId === signature.keyId)!;
  if (signature.algorithm !== SIGNATURE_ALGORITHM || !signatureMatches(bytes, signature.value, parsePublicKey(key.publicKey))) {
    throw new DeltaRefusal('BAD_SIGNATURE', `The delta's signature does not match it for key ${key.keyId}: a change was added, removed or altered`);
  }
}

function grantedKeys(root: RootMetadata, at: string): { keyId: string; publicKey: string }[] {
  const instant = Date.parse(at);
  return root.roles.release.keys
    .filter((grant) => !grant.revoked && instant >= Date.parse(grant.validFrom) && (grant.validUntil === null || instant < Date.parse(grant.validUntil)))
    .map((grant) => ({ keyId: grant.keyId, publicKey: root.keys[grant.keyId].publicKey }));
}

const claimedPublication = (head: SignedReleaseHead): string => (typeof head?.signed?.publishedAt === 'string' ? head.signed.publishedAt : '');

export const describeScope = (scope: { prefixes: string[]; codes: string[] }) => [...scope.prefixes.map((prefix) => `${prefix}*`), ...scope.codes].join(', ');

const isRelease = (value: unknown): value is DeltaRelease => {
  const release = value as DeltaRelease;
  return ['version', 'publishedAt', 'digest', 'merkleRoot'].every((field) => typeof release?.[field as keyof DeltaRelease] === 'string');
};

function wellFormed(given: unknown): ReleaseDeltaDocument {
  const delta = given as ReleaseDeltaDocument;
  const signed = delta?.signed;
  const shaped =
    signed?.format === RELEASE_DELTA_FORMAT &&
    Array.isArray(signed.scope?.prefixes) &&
    Array.isArray(signed.scope?.codes) &&
    isRelease(signed.release) &&
    (signed.previous === null || isRelease(signed.previous)) &&
    Array.isArray(signed.changes) &&
    signed.changes.every((change) => typeof change?.code === 'string' && typeof change.kind === 'string') &&
    Array.isArray(delta.signatures) &&
    delta.signatures.every((signature) => typeof signature?.keyId === 'string' && typeof signature.value === 'string') &&
    typeof delta.heads === 'object' &&
    delta.heads !== null &&
    Array.isArray(delta.proofs) &&
    delta.proofs.length === signed.changes.length &&
    delta.proofs.every((proof, index) => proof?.code === signed.changes[index].code);
  if (!shaped) throw new DeltaRefusal('MALFORMED', `Not a ${RELEASE_DELTA_FORMAT} document with a proof for each change`);
  for (const change of signed.changes) {
    for (const side of [change.before, change.after]) {
      if (side !== null && side?.code !== change.code) throw new DeltaRefusal('WRONG_ENTRY', `A side of change ${change.code} is entry ${side?.code}`);
    }
  }
  return delta;
}
