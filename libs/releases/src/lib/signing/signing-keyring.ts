import { generateKeyPairSync, createPublicKey, KeyObject } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConcordConfig, parseSigningKey } from '@concord/shared/config';
import { DocumentSignature, keyIdOf, parsePublicKey, signBytes } from './release-signature';

export interface PublicSigningKey {
  keyId: string;
  algorithm: 'Ed25519';
  /** SPKI PEM. */
  publicKey: string;
  /** True for the key new releases are signed with; older keys stay listed so their releases stay verifiable. */
  current: boolean;
}

/** The secretariat's signing key and the public keys consumers may verify against. */
export class SigningKeyring {
  readonly keyId: string;
  readonly keys: readonly PublicSigningKey[];

  constructor(
    private readonly privateKey: KeyObject,
    keyId: string | undefined,
    retired: readonly KeyObject[] = [],
  ) {
    const publicKey = createPublicKey(privateKey);
    this.keyId = keyId ?? keyIdOf(publicKey);
    const current: PublicSigningKey = { keyId: this.keyId, algorithm: 'Ed25519', publicKey: pem(publicKey), current: true };
    const older = retired
      .map((key): PublicSigningKey => ({ keyId: keyIdOf(key), algorithm: 'Ed25519', publicKey: pem(key), current: false }))
      .filter((key, index, all) => key.publicKey !== current.publicKey && all.findIndex((other) => other.keyId === key.keyId) === index);
    this.keys = [current, ...older];
  }

  sign(bytes: Uint8Array): DocumentSignature {
    return signBytes(bytes, this.privateKey, this.keyId);
  }

  /**
   * Production: the configured key (loadConfig refuses to start without one). Development: a key generated once into
   * `<dataDir>/signing/`, shared by the API and the CLI. Test: a key held in memory for the whole test process.
   */
  static fromConfig(config: ConcordConfig): SigningKeyring {
    const retired = config.signingPublicKeys.map(parsePublicKey);
    if (config.signingKey) return new SigningKeyring(parseSigningKey(config.signingKey), config.signingKeyId, retired);
    if (config.environment === 'production') throw new Error('SIGNING_KEY must be set in production');
    const key = config.environment === 'test' ? testKey() : developmentKey(config.dataDir);
    return new SigningKeyring(key, config.signingKeyId, retired);
  }
}

const pem = (key: KeyObject) => key.export({ format: 'pem', type: 'spki' }).toString().trim();

let inMemoryTestKey: KeyObject | undefined;
function testKey(): KeyObject {
  inMemoryTestKey ??= generateKeyPairSync('ed25519').privateKey;
  return inMemoryTestKey;
}

function developmentKey(dataDir: string): KeyObject {
  const dir = join(dataDir, 'signing');
  const file = join(dir, 'ed25519-private.pem');
  try {
    return parseSigningKey(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  try {
    // 'wx': when the API and the CLI start at once, the first key written wins and the other reads it.
    writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { flag: 'wx', mode: 0o600 });
    writeFileSync(join(dir, 'ed25519-public.pem'), publicKey.export({ format: 'pem', type: 'spki' }));
    chmodSync(file, 0o600);
    return privateKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return parseSigningKey(readFileSync(file, 'utf8'));
  }
}
