import { createPublicKey, KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConcordConfig, parseSigningKey } from '@concord/shared/config';
import { EnvelopeSigner } from '../signing/signed-envelope';
import { keyIdOf, parsePublicKey } from '../signing/release-signature';
import { SigningKeyring } from '../signing/signing-keyring';
import { createTrust, NewTrust } from './root-authoring';
import { releaseKeyFor, updateRoot, verifyPinnedRoot } from './trust-checks';
import { SignedRoot } from './trust-metadata';

/**
 * A trust directory: what the API serves and signs timestamps with. The root keys and the release key are not here
 * (the release key is SIGNING_KEY); `concord root init` puts them under `offline/`, to be moved off the machine.
 */
export const TRUST_FILES = {
  roots: 'root',
  rootFile: (version: number) => join('root', `${version}.json`),
  timestampKey: 'timestamp-key.pem',
  /** A root version not yet signed by both thresholds: `concord root sign` adds signatures and moves it into root/. */
  pending: 'pending-root.json',
  offline: 'offline',
} as const;

const pkcs8 = (key: KeyObject) => key.export({ format: 'pem', type: 'pkcs8' }).toString();

/** Writes a new trust directory whole (into a sibling, then renamed), so a reader never sees half of one. */
export function writeTrustDirectory(dir: string, trust: NewTrust): void {
  mkdirSync(dirname(dir), { recursive: true });
  const staging = mkdtempSync(`${dir}.partial-`);
  mkdirSync(join(staging, TRUST_FILES.roots));
  mkdirSync(join(staging, TRUST_FILES.offline), { mode: 0o700 });
  writeFileSync(join(staging, TRUST_FILES.rootFile(1)), `${JSON.stringify(trust.root, null, 2)}\n`);
  writeFileSync(join(staging, TRUST_FILES.timestampKey), pkcs8(trust.timestampKey.privateKey), { mode: 0o600 });
  trust.rootKeys.forEach((key, index) => writeFileSync(join(staging, TRUST_FILES.offline, `root-key-${index + 1}.pem`), pkcs8(key.privateKey), { mode: 0o600 }));
  if (trust.releaseKey) writeFileSync(join(staging, TRUST_FILES.offline, 'release-key.pem'), pkcs8(trust.releaseKey.privateKey), { mode: 0o600 });
  chmodSync(staging, 0o700);
  try {
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another process (the API and the CLI starting at once) wrote it first: theirs is the one.
    if (!['EEXIST', 'ENOTEMPTY'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}

/** Reads every root version in a directory and follows the chain from version 1, as a consumer would. */
export function readRootChain(dir: string): SignedRoot[] {
  const versions = readdirSync(join(dir, TRUST_FILES.roots))
    .map((name) => /^([1-9][0-9]*)\.json$/.exec(name)?.[1])
    .filter((version): version is string => version !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  if (versions[0] !== 1) throw new Error(`${join(dir, TRUST_FILES.roots)} holds no 1.json: run \`concord root init\``);
  const read = (version: number) => JSON.parse(readFileSync(join(dir, TRUST_FILES.rootFile(version)), 'utf8')) as unknown;
  const chain = [verifyPinnedRoot(read(1))];
  for (const version of versions.slice(1)) chain.push(updateRoot(chain.at(-1)!, read(version)));
  return chain;
}

interface TrustSource {
  roots(): SignedRoot[];
  timestampKey(): KeyObject;
}

/**
 * The roots the API serves and the key its timestamps are signed with. A directory is re-read when its root/ folder
 * changes, so a rotation (`concord root rotate`) is served without a restart.
 */
export class TrustStore {
  private constructor(private readonly source: TrustSource) {}

  roots(): SignedRoot[] {
    return this.source.roots();
  }

  newest(): SignedRoot {
    return this.roots().at(-1)!;
  }

  root(version: number): SignedRoot | undefined {
    return this.roots().find((root) => root.signed.version === version);
  }

  timestampSigner(): EnvelopeSigner {
    const privateKey = this.source.timestampKey();
    return { keyId: keyIdOf(createPublicKey(privateKey)), privateKey };
  }

  /** Sealing refuses a key the newest root does not let sign a release published at that instant. */
  assertReleaseKey(keyId: string, publishedAt: Date): void {
    releaseKeyFor(this.newest().signed, keyId, publishedAt.toISOString());
  }

  static fromDirectory(dir: string): TrustStore {
    let seen = '';
    let current: { chain: SignedRoot[]; timestampKey: KeyObject } | undefined;
    // A rotation may bring a new timestamp key with the new root: both are re-read together, and must agree.
    const read = () => {
      const folder = join(dir, TRUST_FILES.roots);
      const files = [...readdirSync(folder).map((name) => join(folder, name)), join(dir, TRUST_FILES.timestampKey)];
      const listing = files.map((file) => `${file}:${statSync(file).mtimeMs}`).join('|');
      if (listing === seen && current) return current;
      const chain = readRootChain(dir);
      const timestampKey = parseSigningKey(readFileSync(join(dir, TRUST_FILES.timestampKey), 'utf8'));
      const keyId = keyIdOf(createPublicKey(timestampKey));
      if (!chain.at(-1)!.signed.roles.timestamp.keyIds.includes(keyId)) {
        throw new Error(`${join(dir, TRUST_FILES.timestampKey)} (key ${keyId}) is not the timestamp key of root version ${chain.at(-1)!.signed.version}`);
      }
      [current, seen] = [{ chain, timestampKey }, listing];
      return current;
    };
    read();
    return new TrustStore({ roots: () => read().chain, timestampKey: () => read().timestampKey });
  }

  /**
   * Production: the configured TRUST_DIR (loadConfig refuses to start without one, and this refuses a directory
   * without roots). Development: generated once into `<dataDir>/trust`, enrolling the development signing key.
   * Test without TRUST_DIR: held in memory for the whole process, per release key.
   */
  static fromConfig(config: ConcordConfig, keyring: SigningKeyring): TrustStore {
    const release = { keyId: keyring.keyId, publicKey: parsePublicKey(keyring.keys[0].publicKey) };
    if (config.environment === 'test' && !config.trustDir) {
      const trust = inMemory.get(release.keyId) ?? createTrust({ ...DEVELOPMENT_PLAN, release, now: new Date() });
      inMemory.set(release.keyId, trust);
      return new TrustStore({ roots: () => [trust.root], timestampKey: () => trust.timestampKey.privateKey });
    }
    const dir = config.trustDir ?? join(config.dataDir, 'trust');
    if (!existsSync(join(dir, TRUST_FILES.rootFile(1)))) {
      if (config.environment === 'production') throw new Error(`${dir} holds no root metadata: run \`concord root init\` and set TRUST_DIR`);
      writeTrustDirectory(dir, createTrust({ ...DEVELOPMENT_PLAN, release, now: new Date() }));
    }
    return TrustStore.fromDirectory(dir);
  }
}

/**
 * Development and test roots: 2 of 3 root keys like a real one, a long life, and a release window open since the
 * epoch so that releases signed with the same key before the roots existed stay verifiable.
 */
const DEVELOPMENT_PLAN = { rootKeyCount: 3, rootThreshold: 2, releaseValidFrom: new Date(0), expiresInDays: 3650 };

const inMemory = new Map<string, NewTrust>();
