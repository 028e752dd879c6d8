/**
 * createUser needs a password, but an invited person chooses their own through the mailed link (issuePasswordReset).
 * The account is created with a long random password that nobody sees or keeps.
 */
export function throwawayPassword(bytes = 24): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(random, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
