import type { EntityManager } from 'typeorm';

/**
 * Credentials stop standing in a use case's transaction: an API client revoked, a person deactivated, signed out
 * everywhere or given a new password, a session ended. Every request's own check reads the database and sees that at
 * once, but what instances keep in memory (the pull cache's verdicts, open subscriptions) must hear of it, on every
 * instance. Auth sits below the events library, so it announces through this port, which that library binds to its
 * bus: the dependency points down, as with the AuditTrail.
 */
export abstract class CredentialRevocations {
  /** Announced to every instance once the caller's transaction commits; never if it rolls back. */
  abstract announceAfterCommit(manager: EntityManager): void;

  /** `forget` runs on this instance after every revocation, on whichever instance it was made. */
  abstract onRevoked(forget: () => void): void;
}
