import { badInput } from '@concord/shared/graphql';
import { COMMON_PASSWORDS } from './common-passwords';
import { AuthErrorReason } from '../auth-error-reason';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * Why a new password is refused, or undefined if it is good enough: long (a passphrase beats symbols), not a common
 * password with digits around it, not the person's own email, not one character or a run repeated.
 */
export function passwordWeakness(password: string, email: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters long (a few unrelated words make a good one)`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters long`;
  const lower = password.toLowerCase();
  const stem = lower.replace(/^[^a-z\u00c0-\uffff]+|[^a-z\u00c0-\uffff]+$/g, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(stem)) return 'is one of the most common passwords; choose another';
  const local = email.toLowerCase().split('@')[0];
  if (local.length >= 4 && lower.includes(local)) return 'must not contain your email address';
  if (new Set(lower).size < 5) return 'uses too few different characters';
  if (/^(.{1,4})\1+$/.test(lower)) return 'must not be a short sequence repeated';
  return undefined;
}

export function assertStrongPassword(password: string, email: string, field = 'newPassword'): void {
  const weakness = passwordWeakness(password, email);
  if (weakness) throw badInput(`The new password is too weak: it ${weakness}`, AuthErrorReason.WEAK_PASSWORD, [{ field, message: weakness }]);
}
