import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const SEALED_PREFIX = 'v1:';
const BASE32 = /^[A-Z2-7]+=*$/;

/**
 * TOTP secrets must be readable to check a code (unlike passwords, they cannot be hashed), so they are sealed with
 * AES-256-GCM under a key of their own: a copy of the database alone gives no one a working authenticator. The
 * authentication tag also refuses a sealed value moved from another account's row.
 */
export class TotpSecretBox {
  private readonly key: Buffer;

  constructor(secondFactorKey: string) {
    this.key = Buffer.from(hkdfSync('sha256', secondFactorKey, 'concord', 'totp-secret-box v1', 32));
  }

  seal(secret: string, userId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(userId));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `${SEALED_PREFIX}${[iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.')}`;
  }

  /** Secrets enrolled before sealing existed are plain Base32: still accepted, and `isSealed` says to seal them. */
  open(stored: string, userId: string): string {
    if (!stored.startsWith(SEALED_PREFIX)) {
      if (!BASE32.test(stored)) throw new Error('A stored TOTP secret is neither sealed nor Base32');
      return stored;
    }
    const [iv, tag, sealed] = stored.slice(SEALED_PREFIX.length).split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
  }

  isSealed = (stored: string) => stored.startsWith(SEALED_PREFIX);
}
