import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * `ck_<keyId>_<secret>`: the key id finds the row, the 256-bit secret proves possession. Such a secret cannot be
 * guessed, so a fast SHA-256 is the right hash here (a slow password hash would only slow every API call).
 */
const KEY_FORMAT = /^ck_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface IssuedApiKey {
  keyId: string;
  secretHash: string;
  apiKey: string;
}

export function issueApiKey(): IssuedApiKey {
  const keyId = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { keyId, secretHash: hashSecret(secret), apiKey: `ck_${keyId}_${secret}` };
}

export function parseApiKey(apiKey: string): { keyId: string; secret: string } | undefined {
  const match = KEY_FORMAT.exec(apiKey);
  return match ? { keyId: match[1], secret: match[2] } : undefined;
}

export function secretMatches(secret: string, secretHash: string): boolean {
  const expected = Buffer.from(secretHash, 'hex');
  const actual = Buffer.from(hashSecret(secret), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
