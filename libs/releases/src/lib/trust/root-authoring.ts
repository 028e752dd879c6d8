import { createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { EnvelopeSigner, signEnvelope } from '../signing/signed-envelope';
import { keyIdOf } from '../signing/release-signature';
import { ROOT_FORMAT, RootMetadata, SignedRoot, TrustKey } from './trust-metadata';

const DAY_MS = 24 * 3600 * 1000;

export interface NewTrust {
  root: SignedRoot;
  rootKeys: EnvelopeSigner[];
  /** Absent when an existing release key was named (its private half stays where it is). */
  releaseKey?: EnvelopeSigner;
  timestampKey: EnvelopeSigner;
}

export interface TrustPlan {
  rootKeyCount: number;
  rootThreshold: number;
  /** An existing release key to enrol (a deployment that already signs releases); otherwise one is generated. */
  release?: { keyId: string; publicKey: KeyObject };
  /** Start of the release key's window: releases published before it are refused with that key. */
  releaseValidFrom: Date;
  now: Date;
  expiresInDays: number;
}

export const newSigner = (): EnvelopeSigner => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { keyId: keyIdOf(publicKey), privateKey };
};

/** The public half of a key, given either half. */
export const publicHalf = (key: KeyObject): KeyObject => (key.type === 'public' ? key : createPublicKey(key));

export const trustKeyOf = (key: KeyObject): TrustKey => ({
  algorithm: 'Ed25519',
  publicKey: publicHalf(key).export({ format: 'pem', type: 'spki' }).toString().trim(),
});

const expiry = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS).toISOString();

/** Version 1 of a root with fresh root and timestamp keys, signed by all its root keys. */
export function createTrust(plan: TrustPlan): NewTrust {
  if (!(plan.rootThreshold >= 1 && plan.rootThreshold <= plan.rootKeyCount)) throw new Error(`A threshold of ${plan.rootThreshold} cannot be met by ${plan.rootKeyCount} root key(s)`);
  const rootKeys = Array.from({ length: plan.rootKeyCount }, newSigner);
  const timestampKey = newSigner();
  const releaseKey = plan.release ? undefined : newSigner();
  const release = plan.release ?? { keyId: releaseKey!.keyId, publicKey: publicHalf(releaseKey!.privateKey) };
  const root: RootMetadata = {
    format: ROOT_FORMAT,
    version: 1,
    expires: expiry(plan.now, plan.expiresInDays),
    keys: {
      ...Object.fromEntries(rootKeys.map((key) => [key.keyId, trustKeyOf(key.privateKey)])),
      [timestampKey.keyId]: trustKeyOf(timestampKey.privateKey),
      [release.keyId]: trustKeyOf(release.publicKey),
    },
    roles: {
      root: { keyIds: rootKeys.map((key) => key.keyId), threshold: plan.rootThreshold },
      release: { keys: [{ keyId: release.keyId, validFrom: plan.releaseValidFrom.toISOString(), validUntil: null, revoked: false }], threshold: 1 },
      timestamp: { keyIds: [timestampKey.keyId], threshold: 1 },
    },
  };
  return { root: signEnvelope(root, rootKeys), rootKeys, releaseKey, timestampKey };
}

export interface RootChange {
  now: Date;
  expiresInDays: number;
  /** A new release key, valid from now; every open window of the others closes now (they are retired, not revoked). */
  newReleaseKey?: KeyObject;
  /** Release keys whose window closes now: what they signed before stays valid. */
  retireReleaseKeys?: string[];
  /** Release keys whose signatures are no longer trusted at all. */
  revokeReleaseKeys?: string[];
  newTimestampKey?: KeyObject;
  /** Replaces the root keys and threshold; the old ones still sign this version, so consumers can follow it. */
  newRootKeys?: { keys: KeyObject[]; threshold: number };
}

/** The next root version: the current one with the change applied, unsigned. */
export function nextRoot(current: RootMetadata, change: RootChange): RootMetadata {
  const keys: Record<string, TrustKey> = { ...current.keys };
  const now = change.now.toISOString();
  let releaseKeys = current.roles.release.keys.map((grant) => ({ ...grant }));
  const grantOf = (keyId: string) => {
    const grant = releaseKeys.find((candidate) => candidate.keyId === keyId);
    if (!grant) throw new Error(`Key ${keyId} is not in the release role`);
    return grant;
  };
  for (const keyId of change.retireReleaseKeys ?? []) grantOf(keyId).validUntil ??= now;
  for (const keyId of change.revokeReleaseKeys ?? []) grantOf(keyId).revoked = true;
  if (change.newReleaseKey) {
    const keyId = keyIdOf(createPublicKey(change.newReleaseKey));
    keys[keyId] = trustKeyOf(change.newReleaseKey);
    releaseKeys = releaseKeys.map((grant) => (grant.validUntil === null && !grant.revoked ? { ...grant, validUntil: now } : grant));
    releaseKeys.push({ keyId, validFrom: now, validUntil: null, revoked: false });
  }
  let timestamp = current.roles.timestamp;
  if (change.newTimestampKey) {
    const keyId = keyIdOf(createPublicKey(change.newTimestampKey));
    keys[keyId] = trustKeyOf(change.newTimestampKey);
    timestamp = { keyIds: [keyId], threshold: 1 };
  }
  let root = current.roles.root;
  if (change.newRootKeys) {
    const ids = change.newRootKeys.keys.map((key) => keyIdOf(createPublicKey(key)));
    change.newRootKeys.keys.forEach((key, index) => (keys[ids[index]] = trustKeyOf(key)));
    if (!(change.newRootKeys.threshold >= 1 && change.newRootKeys.threshold <= ids.length)) throw new Error('The new root threshold cannot be met by the new root keys');
    root = { keyIds: ids, threshold: change.newRootKeys.threshold };
  }
  const used = new Set([...root.keyIds, ...timestamp.keyIds, ...releaseKeys.map((grant) => grant.keyId)]);
  return {
    format: ROOT_FORMAT,
    version: current.version + 1,
    expires: expiry(change.now, change.expiresInDays),
    keys: Object.fromEntries(Object.entries(keys).filter(([keyId]) => used.has(keyId))),
    roles: { root, release: { keys: releaseKeys, threshold: 1 }, timestamp },
  };
}
