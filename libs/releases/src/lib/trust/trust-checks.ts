import { isReleaseVersion } from '@concord/control-list';
import { parsePublicKey } from '../signing/release-signature';
import { countValidSignatures } from '../signing/signed-envelope';
import { ReleaseKeyGrant, ROOT_FORMAT, RootMetadata, SignedRoot, SignedTimestamp, ThresholdRole, TIMESTAMP_FORMAT, TimestampStatement } from './trust-metadata';
import { TrustProblem, TrustRefusal } from './trust-problem';

const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isPublicKey = (pem: string): boolean => {
  try {
    return Boolean(parsePublicKey(pem));
  } catch {
    return false;
  }
};
const isRole = (role: ThresholdRole | undefined): boolean =>
  Array.isArray(role?.keyIds) && Number.isInteger(role.threshold) && role.threshold >= 1 && role.threshold <= role.keyIds.length;

/** The shape of a root file, before any signature is looked at; refuses anything a later check would trip over. */
export function parseRoot(json: unknown): SignedRoot {
  const envelope = json as SignedRoot;
  const root = envelope?.signed;
  const valid =
    Array.isArray(envelope?.signatures) &&
    root?.format === ROOT_FORMAT &&
    Number.isInteger(root.version) &&
    root.version >= 1 &&
    isInstant(root.expires) &&
    typeof root.keys === 'object' &&
    root.keys !== null &&
    isRole(root.roles?.root) &&
    isRole(root.roles?.timestamp) &&
    Array.isArray(root.roles?.release?.keys) &&
    root.roles.release.keys.every((grant) => typeof grant?.keyId === 'string' && isInstant(grant.validFrom) && (grant.validUntil === null || isInstant(grant.validUntil)) && typeof grant.revoked === 'boolean') &&
    [...root.roles.root.keyIds, ...root.roles.timestamp.keyIds, ...root.roles.release.keys.map((grant) => grant.keyId)].every(
      (keyId) => root.keys[keyId]?.algorithm === 'Ed25519' && typeof root.keys[keyId]?.publicKey === 'string',
    ) &&
    Object.values(root.keys).every((key) => typeof key?.publicKey === 'string' && isPublicKey(key.publicKey));
  if (!valid) throw new TrustRefusal(TrustProblem.ROOT_MALFORMED, `Not a ${ROOT_FORMAT} root file with every role's keys listed`);
  return envelope;
}

function roleKeys(root: RootMetadata, keyIds: readonly string[]): Map<string, string> {
  return new Map(keyIds.map((keyId) => [keyId, root.keys[keyId].publicKey]));
}

function assertRootSignedBy(envelope: SignedRoot, by: RootMetadata, whose: string): void {
  const count = countValidSignatures(envelope, roleKeys(by, by.roles.root.keyIds));
  if (count < by.roles.root.threshold) {
    throw new TrustRefusal(
      TrustProblem.ROOT_THRESHOLD,
      `Root version ${envelope.signed.version} carries ${count} valid signature(s) by ${whose} root keys, below their threshold of ${by.roles.root.threshold}`,
    );
  }
}

/** A root the consumer pins out of band must at least be signed by a threshold of its own root keys. */
export function verifyPinnedRoot(json: unknown): SignedRoot {
  const root = parseRoot(json);
  assertRootSignedBy(root, root.signed, 'its own');
  return root;
}

/** TUF 5.3: the next root is exactly one version on and signed by a threshold of the trusted root's keys and of its own. */
export function updateRoot(trusted: SignedRoot, json: unknown): SignedRoot {
  const next = parseRoot(json);
  if (next.signed.version !== trusted.signed.version + 1) {
    throw new TrustRefusal(TrustProblem.ROOT_VERSION, `Expected root version ${trusted.signed.version + 1}, got version ${next.signed.version}`);
  }
  assertRootSignedBy(next, trusted.signed, `version ${trusted.signed.version}'s`);
  assertRootSignedBy(next, next.signed, 'its own');
  return next;
}

/** After following every rotation: an expired root means nobody re-signed it; its keys may be long compromised. */
export function assertRootFresh(root: SignedRoot, now: Date): void {
  if (Date.parse(root.signed.expires) <= now.getTime()) {
    throw new TrustRefusal(TrustProblem.ROOT_EXPIRED, `Root version ${root.signed.version} expired at ${root.signed.expires}: ask the secretariat for a newer one`);
  }
}

/**
 * A timestamp statement signed by a threshold of the trusted root's timestamp keys. Expiry is returned, not refused,
 * so the caller can choose to only warn (`--allow-expired`).
 */
export function verifyTimestamp(json: unknown, root: SignedRoot): { statement: TimestampStatement; expired: (now: Date) => boolean } {
  const envelope = json as SignedTimestamp;
  const statement = envelope?.signed;
  const latest = statement?.latest;
  const valid =
    Array.isArray(envelope?.signatures) &&
    statement?.format === TIMESTAMP_FORMAT &&
    Number.isInteger(statement.rootVersion) &&
    isInstant(statement.issuedAt) &&
    isInstant(statement.expires) &&
    (latest === null || (isReleaseVersion(latest?.version) && /^[0-9a-f]{64}$/.test(latest.digest) && Number.isInteger(latest.length) && latest.length >= 0));
  if (!valid) throw new TrustRefusal(TrustProblem.TIMESTAMP_MALFORMED, `Not a ${TIMESTAMP_FORMAT} timestamp statement`);
  const role = root.signed.roles.timestamp;
  const count = countValidSignatures(envelope, roleKeys(root.signed, role.keyIds));
  if (count < role.threshold) {
    throw new TrustRefusal(TrustProblem.TIMESTAMP_THRESHOLD, `The timestamp carries ${count} valid signature(s) by root version ${root.signed.version}'s timestamp keys, below the threshold of ${role.threshold}`);
  }
  if (statement.rootVersion > root.signed.version) {
    throw new TrustRefusal(TrustProblem.ROOT_WITHHELD, `The timestamp names root version ${statement.rootVersion}, but only version ${root.signed.version} could be followed`);
  }
  return { statement, expired: (now) => Date.parse(statement.expires) <= now.getTime() };
}

/** The release key that may sign a document published at `publishedAt`: listed, not revoked, its window covering the instant. */
export function releaseKeyFor(root: RootMetadata, keyId: string, publishedAt: string): { grant: ReleaseKeyGrant; publicKey: string } {
  const grant = root.roles.release.keys.find((candidate) => candidate.keyId === keyId);
  if (!grant) throw new TrustRefusal(TrustProblem.UNKNOWN_KEY, `Key ${keyId} is not in the release role of root version ${root.version}`);
  if (grant.revoked) throw new TrustRefusal(TrustProblem.KEY_REVOKED, `Key ${keyId} is revoked in root version ${root.version}`);
  const at = Date.parse(publishedAt);
  if (Number.isNaN(at) || at < Date.parse(grant.validFrom) || (grant.validUntil !== null && at >= Date.parse(grant.validUntil))) {
    throw new TrustRefusal(
      TrustProblem.KEY_OUTSIDE_WINDOW,
      `Key ${keyId} may sign releases published from ${grant.validFrom} until ${grant.validUntil ?? 'further notice'}, not one published at ${publishedAt}`,
    );
  }
  return { grant, publicKey: root.keys[keyId].publicKey };
}
