import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
/** One step either side, for clocks a little apart; a code is still accepted only once. */
const WINDOW = 1;

export const newTotpSecret = () => new Secret({ size: 20 }).base32;

export function totpFor(secret: string, email: string): TOTP {
  return new TOTP({ issuer: 'Concord', label: email, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** The time step the code belongs to, or undefined when it is not valid around `at`. */
export function totpStep(secret: string, code: string, at: Date): number | undefined {
  const delta = totpFor(secret, '').validate({ token: code.replace(/\s+/g, ''), timestamp: at.getTime(), window: WINDOW });
  return delta === null ? undefined : Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Recovery codes like `k7pm-x2qa-9dre`: 60 random bits each, no look-alike characters. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(12);
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

export const normalizeRecoveryCode = (code: string) => code.trim().toLowerCase().replace(/[^a-z0-9]/g, '').replace(/^(.{4})(.{4})(.{4})$/, '$1-$2-$3');
