import { createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  countersign,
  countValidSignatures,
  createTrust,
  EnvelopeSigner,
  keyIdOf,
  nextRoot,
  readRootChain,
  RootMetadata,
  SignedRoot,
  signEnvelope,
  TRUST_FILES,
  writeTrustDirectory,
} from '@concord/releases';
import { parseSigningKey } from '@concord/shared/config';
import { EXIT, UsageError } from '../usage-error';

export interface RootInitOptions {
  out: string;
  rootKeys: string;
  threshold: string;
  releaseKey?: string;
  releaseValidFrom?: string;
  expiresDays: string;
}

export interface RootRotateOptions {
  dir: string;
  signWith: string[];
  newReleaseKey?: boolean;
  retireReleaseKey?: string[];
  revokeReleaseKey?: string[];
  newTimestampKey?: boolean;
  newRootKeys?: string;
  rootThreshold?: string;
  expiresDays: string;
}

export interface RootSignOptions {
  dir: string;
  key: string[];
}

/** Where a rotation's new timestamp key waits until its root version is complete, so the API never signs with a key no served root lists. */
const PENDING_TIMESTAMP_KEY = 'pending-timestamp-key.pem';

/** `concord root init`: the first root version, its root keys (N, threshold T), a timestamp key and, unless given, a release key. */
export async function rootInit(options: RootInitOptions): Promise<number> {
  if (existsSync(options.out)) throw new UsageError(`${options.out} already exists: a trust directory is made once, then rotated (concord root rotate)`);
  const rootKeyCount = count(options.rootKeys, '--root-keys');
  const rootThreshold = count(options.threshold, '--threshold');
  if (rootThreshold > rootKeyCount) throw new UsageError(`--threshold ${rootThreshold} cannot be met by ${rootKeyCount} root key(s)`);
  const now = new Date();
  const release = options.releaseKey ? publicKeyFile(options.releaseKey) : undefined;
  const trust = createTrust({
    rootKeyCount,
    rootThreshold,
    release: release && { keyId: keyIdOf(release), publicKey: release },
    releaseValidFrom: options.releaseValidFrom ? instant(options.releaseValidFrom, '--release-valid-from') : now,
    now,
    expiresInDays: count(options.expiresDays, '--expires-days', 3650),
  });
  writeTrustDirectory(options.out, trust);
  const offline = join(options.out, TRUST_FILES.offline);
  process.stderr.write(
    `Wrote root version 1 (${rootThreshold} of ${rootKeyCount} root keys, expires ${trust.root.signed.expires}) to ${join(options.out, TRUST_FILES.rootFile(1))}.\n` +
      `Move the root keys in ${offline} off this machine, each to its holder: they are needed only to rotate.\n` +
      (trust.releaseKey ? `The release key is ${join(offline, 'release-key.pem')}: give it to the API as SIGNING_KEY, and keep no other copy here.\n` : '') +
      `Start the API with TRUST_DIR=${options.out}; hand root/1.json to consumers through a channel they trust (concord pull --root).\n`,
  );
  return EXIT.OK;
}

/** `concord root rotate`: the next root version with the change applied, signed with the given root keys. */
export async function rootRotate(options: RootRotateOptions): Promise<number> {
  const current = readRootChain(options.dir).at(-1)!;
  if (existsSync(join(options.dir, TRUST_FILES.pending))) throw new UsageError(`${join(options.dir, TRUST_FILES.pending)} waits for signatures: sign it (concord root sign) or delete it first`);
  const fresh = () => generateKeyPairSync('ed25519').privateKey;
  const newRootKeys = options.newRootKeys ? Array.from({ length: count(options.newRootKeys, '--new-root-keys') }, fresh) : undefined;
  if (options.rootThreshold && !newRootKeys) throw new UsageError('--root-threshold goes with --new-root-keys');
  const change = {
    now: new Date(),
    expiresInDays: count(options.expiresDays, '--expires-days', 3650),
    newReleaseKey: options.newReleaseKey ? fresh() : undefined,
    retireReleaseKeys: options.retireReleaseKey,
    revokeReleaseKeys: options.revokeReleaseKey,
    newTimestampKey: options.newTimestampKey ? fresh() : undefined,
    newRootKeys: newRootKeys && { keys: newRootKeys, threshold: count(options.rootThreshold ?? String(newRootKeys.length), '--root-threshold') },
  };
  let next: RootMetadata;
  try {
    next = nextRoot(current.signed, change);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  // Written only once the change is known to be valid, so a refused rotation leaves no stray keys.
  const version = current.signed.version + 1;
  newRootKeys?.forEach((key, index) => writeKey(options.dir, join(TRUST_FILES.offline, `root-key-v${version}-${index + 1}.pem`), key));
  if (change.newReleaseKey) writeKey(options.dir, join(TRUST_FILES.offline, `release-key-${keyIdOf(createPublicKey(change.newReleaseKey))}.pem`), change.newReleaseKey);
  if (change.newTimestampKey) writeKey(options.dir, PENDING_TIMESTAMP_KEY, change.newTimestampKey);
  const signers = [...options.signWith.map(signerFile), ...(newRootKeys ?? []).map(signerOf)];
  return settle(options.dir, current, signEnvelope(next, signers));
}

/** `concord root sign`: adds signatures to the pending root version; once both thresholds are met it is published. */
export async function rootSign(options: RootSignOptions): Promise<number> {
  const file = join(options.dir, TRUST_FILES.pending);
  if (!existsSync(file)) throw new UsageError(`${file} does not exist: nothing waits for signatures (concord root rotate makes it)`);
  const pending = JSON.parse(readFileSync(file, 'utf8')) as SignedRoot;
  return settle(options.dir, readRootChain(options.dir).at(-1)!, countersign(pending, options.key.map(signerFile)));
}

/** Publishes the new version into root/ when both the old and the new root thresholds are met; otherwise keeps it pending. */
function settle(dir: string, current: SignedRoot, next: SignedRoot): number {
  const thresholds = [current.signed, next.signed].map((by) => ({
    have: countValidSignatures(next, new Map(by.roles.root.keyIds.map((keyId) => [keyId, by.keys[keyId].publicKey]))),
    need: by.roles.root.threshold,
  }));
  const [old, own] = thresholds;
  const status = `${old.have} of ${old.need} signature(s) by version ${current.signed.version}'s root keys, ${own.have} of ${own.need} by its own`;
  const text = `${JSON.stringify(next, null, 2)}\n`;
  if (old.have < old.need || own.have < own.need) {
    writeFileSync(join(dir, TRUST_FILES.pending), text);
    process.stderr.write(`Root version ${next.signed.version} is pending in ${join(dir, TRUST_FILES.pending)}: ${status}. Add signatures with concord root sign --dir ${dir} --key <root key file>.\n`);
    return EXIT.OK;
  }
  writeFileSync(join(dir, TRUST_FILES.rootFile(next.signed.version)), text);
  if (existsSync(join(dir, PENDING_TIMESTAMP_KEY))) renameSync(join(dir, PENDING_TIMESTAMP_KEY), join(dir, TRUST_FILES.timestampKey));
  rmSync(join(dir, TRUST_FILES.pending), { force: true });
  process.stderr.write(`Published root version ${next.signed.version} (${status}, expires ${next.signed.expires}) in ${join(dir, TRUST_FILES.rootFile(next.signed.version))}.\n`);
  return EXIT.OK;
}

function writeKey(dir: string, name: string, key: KeyObject): void {
  writeFileSync(join(dir, name), key.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
}

const signerOf = (privateKey: KeyObject): EnvelopeSigner => ({ keyId: keyIdOf(createPublicKey(privateKey)), privateKey });

function signerFile(file: string): EnvelopeSigner {
  try {
    return signerOf(parseSigningKey(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new UsageError(`${file} is not an Ed25519 private key: ${(error as Error).message}`);
  }
}

/** A release key as the operator has it: its public half, or the private key itself (only the public half is kept). */
function publicKeyFile(file: string): KeyObject {
  try {
    const key = createPublicKey(readFileSync(file, 'utf8'));
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
    return key;
  } catch (error) {
    throw new UsageError(`--release-key: ${file} is not an Ed25519 key in PEM: ${(error as Error).message}`);
  }
}

function count(value: string, option: string, max = 100): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > max) throw new UsageError(`${option} must be a whole number from 1 to ${max}, not "${value}"`);
  return parsed;
}

function instant(value: string, option: string): Date {
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new UsageError(`${option} must be an ISO 8601 instant, e.g. 2026-01-01T00:00:00Z, not "${value}"`);
  return parsed;
}
