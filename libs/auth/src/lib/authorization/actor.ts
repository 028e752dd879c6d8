import { ApiClientScope } from '../api-clients/api-client.entity';
import { Role } from '../users/user.entity';

/** Who is calling. Services take it explicitly, so every rule can be checked where the data is touched. */
export type Actor = UserActor | ApiClientActor | AnonymousActor;

export interface UserActor {
  kind: 'USER';
  id: string;
  email: string;
  role: Role;
  /** Null for the secretariat. */
  stateId: string | null;
  stateCode: string | null;
  /** The sign-in session the access token came from. */
  sessionId?: string;
  /**
   * A secretariat account without a second factor where one is required: it may only enrol one (and ask who it
   * is) until it has.
   */
  mustEnrolSecondFactor?: boolean;
}

export interface ApiClientActor {
  kind: 'API_CLIENT';
  id: string;
  stateId: string;
  stateCode: string;
  scopes: readonly ApiClientScope[];
}

export interface AnonymousActor {
  kind: 'ANONYMOUS';
}

export const ANONYMOUS: AnonymousActor = Object.freeze({ kind: 'ANONYMOUS' });

export const isUser = (actor: Actor): actor is UserActor => actor.kind === 'USER';
export const isSecretariat = (actor: Actor): actor is UserActor => isUser(actor) && actor.role === Role.SECRETARIAT;
/** Delegates and heads of delegation: the people who speak for a state. */
export const isDelegation = (actor: Actor): actor is UserActor & { stateId: string; stateCode: string } =>
  isUser(actor) && actor.role !== Role.SECRETARIAT;
