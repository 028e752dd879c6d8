/**
 * The check that a release's snapshot rows are still what its signed document says. This library serves those rows
 * but sits below the releases library that signs them, so it calls this port and @concord/releases binds it: the
 * dependency points down, like auth's AuditTrail.
 */
export abstract class ReleaseContentCheck {
  /** Resolves when the release's rows match its signed document (or it has none yet, a draft); rejects otherwise. */
  abstract assertIntact(releaseId: string): Promise<void>;
}
