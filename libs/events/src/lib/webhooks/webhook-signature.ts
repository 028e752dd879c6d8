import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, prefixed so a leaked one is recognisable in logs and scanners. */
export const issueWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/** `Concord-Signature: v1=<hex HMAC-SHA256 of "${timestamp}.${body}">`; the timestamp is `Concord-Timestamp` (Unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** What a receiver does: recompute, compare in constant time, and refuse stale timestamps (replays). */
export function verifyWebhookSignature(secret: string, timestamp: number, body: string, signature: string, toleranceSeconds = 300): boolean {
  if (Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const actual = Buffer.from(signature);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
