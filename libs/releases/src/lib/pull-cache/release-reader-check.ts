import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { HeaderMap } from '@apollo/server';
import { AccessPolicy, ANONYMOUS, Credential, credentialFromHeaders, CredentialsVerifier, isCredential, Permission } from '@concord/auth';
import { Clock } from '@concord/shared/config';

/**
 * A cached answer skips the guards and resolvers, so the caller is checked here, with the auth module's own parser
 * and verifier (API key lookup; JWT signature, issuer, audience, and the user still active) and its access policy.
 *
 * A credential that checked out is remembered for VERDICT_TTL_MS (by the injected clock), keyed by its SHA-256, so a
 * client repeating its pull does not cost a database round trip each time. A revocation (a key revoked, a user
 * deactivated or signed out) on any instance empties the verdicts of every instance (`forgetAll`, through the event
 * bus), so the window only bounds what a lost event could cost. Refusals are never remembered: those requests take
 * the normal path, which produces the proper error.
 */
export const VERDICT_TTL_MS = 2_000;
const MAX_VERDICTS = 10_000;

export class ReleaseReaderCheck {
  private readonly verdicts = new Map<string, number>();

  constructor(
    private readonly credentials: CredentialsVerifier,
    private readonly access: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  /** True only when the normal path would let this caller read releases; false means "let the normal path answer". */
  async mayReadReleases(headers: HeaderMap): Promise<boolean> {
    const presented = credentialFromHeaders(headers);
    if (presented.kind === 'NONE') return this.access.allows(ANONYMOUS, Permission.READ_RELEASES);
    if (!isCredential(presented)) return false;

    const key = verdictKey(presented);
    const until = this.verdicts.get(key);
    if (until !== undefined && until > this.now()) return true;

    // A failure to check is no verdict either: the normal path reports it.
    const actor = await this.credentials.verify(presented).catch(() => undefined);
    if (!actor || !this.access.allows(actor, Permission.READ_RELEASES)) return false;
    this.remember(key);
    return true;
  }

  /**
   * The same answer as mayReadReleases where it is known without I/O (anonymous reads, an API key this instance
   * verified lately, a credential with a verdict still running); false otherwise, which sends the request on.
   */
  knowsReader(headers: IncomingHttpHeaders): boolean {
    const presented = credentialFromHeaders(headers);
    if (presented.kind === 'NONE') return this.access.allows(ANONYMOUS, Permission.READ_RELEASES);
    if (!isCredential(presented)) return false;
    const until = this.verdicts.get(verdictKey(presented));
    if (until !== undefined && until > this.now()) return true;
    const actor = this.credentials.knownActor(presented);
    return actor !== undefined && this.access.allows(actor, Permission.READ_RELEASES);
  }

  /**
   * For a request the normal path has just answered with release data: its guards authenticated the caller and
   * checked READ_RELEASES, so the next request with the same credential need not ask the database again.
   */
  executedForReader(headers: HeaderMap): void {
    const presented = credentialFromHeaders(headers);
    if (isCredential(presented)) this.remember(verdictKey(presented));
  }

  /** Every credential is checked against the database again on its next hit. */
  forgetAll(): void {
    this.verdicts.clear();
  }

  private remember(key: string): void {
    if (this.verdicts.size >= MAX_VERDICTS) this.verdicts.clear();
    this.verdicts.set(key, this.now() + VERDICT_TTL_MS);
  }

  private now(): number {
    return this.clock.now().getTime();
  }
}

const verdictKey = (credential: Credential) =>
  createHash('sha256')
    .update(credential.kind)
    .update('\0')
    .update(credential.kind === 'BEARER' ? credential.token : credential.key)
    .digest('base64');
