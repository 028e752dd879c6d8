import { Actor, isDelegation, isUser } from '@concord/auth';

/**
 * Who may receive an event, decided by the publisher with its own domain's visibility rule and carried with the
 * event, so that every instance (behind Redis) filters the same way without knowing the domain.
 */
export type EventAudience =
  /** A draft's events: its delegation only. */
  | { scope: 'DELEGATION'; stateId: string }
  /** Deliberations: delegations and the secretariat; never machine clients. */
  | { scope: 'PARTICIPANTS' }
  /** Published releases: everyone who may read releases, API clients included. */
  | { scope: 'RELEASE_READERS' }
  /** For the API instances themselves (what they keep in memory), never for a subscriber. */
  | { scope: 'INSTANCES' };

/** One thing that happened, after it committed. JSON-serializable: it may cross instances through Redis. */
export interface ConcordEvent<P extends object = Record<string, unknown>> {
  /** Subscriptions listen to a topic: `proposal`, `comment`, `ballot`, `release`. */
  topic: string;
  /** `<topic>.<past-tense verb>`, e.g. `proposal.submitted`, `release.published`. */
  type: string;
  audience: EventAudience;
  payload: P;
  occurredAt: string;
}

export function concordEvent<P extends object>(topic: string, type: string, audience: EventAudience, payload: P): ConcordEvent<P> {
  return { topic, type, audience, payload, occurredAt: new Date().toISOString() };
}

export function mayReceive(actor: Actor, audience: EventAudience, canReadReleases: (actor: Actor) => boolean): boolean {
  switch (audience.scope) {
    case 'DELEGATION':
      return isDelegation(actor) && actor.stateId === audience.stateId;
    case 'PARTICIPANTS':
      return isUser(actor);
    case 'RELEASE_READERS':
      return canReadReleases(actor);
    case 'INSTANCES':
      return false;
  }
}
