import { createHash } from 'node:crypto';
import type { HeaderMap } from '@apollo/server';
import { AccessPolicy, Actor, ANONYMOUS, CredentialsVerifier, Permission } from '@concord/auth';

/**
 * A cached answer skips the guards and resolvers, so the caller is checked here, with the auth module's own checks
 * (API key lookup; JWT signature, issuer, audience, and the user still active) and its access policy.
 *
 * A credential that checked out is remembered for VERDICT_TTL_MS, keyed by its SHA-256, so a client repeating its
 * pull does not cost a database round trip each time: a key revoked (or a user deactivated) in that window is still
 * served cached release data until the window closes. Refusals are never remembered: those requests take the normal
 * path, which produces the proper error.
 */
export const VERDICT_TTL_MS = 2_000;
const MAX_VERDICTS = 10_000;

/** Only the plain forms both the HTTP strategies and the verifier read alike; anything unusual takes the normal path. */
const PLAIN_CREDENTIAL = /^(Bearer|ApiKey) +[^\s]+$/i;

export class ReleaseReaderCheck {
  private readonly verdicts = new Map<string, number>();

  constructor(
    private readonly credentials: CredentialsVerifier,
    private readonly access: AccessPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** True only when the normal path would let this caller read releases; false means "let the normal path answer". */
  async mayReadReleases(headers: HeaderMap): Promise<boolean> {
    if (!headers.get('authorization') && !headers.get('x-api-key')) return this.access.allows(ANONYMOUS, Permission.READ_RELEASES);
    const credential = plainCredential(headers);
    if (!credential) return false;

    const key = verdictKey(credential);
    const until = this.verdicts.get(key);
    if (until !== undefined && until > this.now()) return true;

    let actor: Actor;
    try {
      actor = await this.credentials.actorFor(credential);
    } catch {
      return false;
    }
    if (!this.access.allows(actor, Permission.READ_RELEASES)) return false;
    this.remember(key);
    return true;
  }

  /**
   * For a request the normal path has just answered with release data: its guards authenticated the caller and
   * checked READ_RELEASES, so the next request with the same credential need not ask the database again.
   */
  executedForReader(headers: HeaderMap): void {
    const credential = plainCredential(headers);
    if (credential) this.remember(verdictKey(credential));
  }

  private remember(key: string): void {
    if (this.verdicts.size >= MAX_VERDICTS) this.verdicts.clear();
    this.verdicts.set(key, this.now() + VERDICT_TTL_MS);
  }
}

/** `Bearer <jwt>` or `ApiKey <key>` from either header; undefined for none, both, or an unusual form. */
function plainCredential(headers: HeaderMap): string | undefined {
  const authorization = headers.get('authorization');
  const apiKey = headers.get('x-api-key');
  if (authorization && apiKey) return undefined;
  const credential = authorization || (apiKey ? `ApiKey ${apiKey}` : undefined);
  return credential && PLAIN_CREDENTIAL.test(credential) ? credential : undefined;
}

const verdictKey = (credential: string) => createHash('sha256').update(credential).digest('base64');
