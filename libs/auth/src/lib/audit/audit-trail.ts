import type { EntityManager } from 'typeorm';
import { Actor } from '../authorization/actor';

/** Work no person or client asked for through the API: the baseline import run on the server, the first-start seed. */
export interface SystemActor {
  kind: 'SYSTEM';
  /** Which system part acted, e.g. `baseline-import`. */
  id: string;
}

export type AuditActor = Actor | SystemActor;

export const systemActor = (id: string): SystemActor => Object.freeze({ kind: 'SYSTEM', id });

export interface AuditEventInput {
  /** `<object>.<past-tense verb>`, e.g. `proposal.submitted`. */
  action: string;
  objectType: string;
  objectId: string;
  /** The state the change was made by or for; defaults to the actor's state. */
  stateId?: string | null;
  /** What changed, as plain JSON. Never secrets: no password hashes, no API key secrets, no webhook secrets. */
  summary: Record<string, unknown>;
  /**
   * Kept from everyone but the event's own state until an event with this action is recorded on the same object:
   * a draft's events stay its delegation's own until `proposal.submitted` (DESIGN §7).
   */
  privateUntil?: string;
}

/**
 * The audit trail as auth sees it. Auth sits below the audit library (which needs auth's actors and permissions),
 * so auth depends on this port and the audit library binds it to its implementation: the dependency points down.
 */
export abstract class AuditTrail {
  /** Appends an event inside the caller's transaction: it commits or rolls back with the change it describes. */
  abstract record(manager: EntityManager, actor: AuditActor, event: AuditEventInput): Promise<void>;
}
