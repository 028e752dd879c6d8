import { createHash, randomBytes } from 'node:crypto';

/** A random bearer secret (refresh token, reset token, recovery code) and the SHA-256 that is all we store of it. */
export function issueSecretToken(bytes = 32): { token: string; hash: string } {
  const token = randomBytes(bytes).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

/** Such tokens are long random values, not passwords: a fast hash is enough and lets us look them up by hash. */
export const hashSecretToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
