import { ApiClientScope } from '../api-clients/api-client.entity';
import { Role } from '../users/user.entity';
import { Actor } from './actor';

/** The rows of DESIGN §7. Ownership ("own delegation", "own state") is checked by the service that owns the data. */
export enum Permission {
  READ_RELEASES = 'READ_RELEASES',
  READ_DELIBERATIONS = 'READ_DELIBERATIONS',
  DRAFT_PROPOSALS = 'DRAFT_PROPOSALS',
  COMMENT = 'COMMENT',
  /** A head of delegation, or the delegate it named acting head, inside that window (checked by the ballots service). */
  /** A delegation records translations of the list for information (never authentic). */
  RECORD_TRANSLATIONS = 'RECORD_TRANSLATIONS',
  CAST_POSITION = 'CAST_POSITION',
  /** A head of delegation names a delegate of its own state acting head for a time window. */
  APPOINT_ACTING_HEAD = 'APPOINT_ACTING_HEAD',
  RUN_BALLOTS = 'RUN_BALLOTS',
  /** The secretariat returns an adopted, not yet released proposal to review. */
  RETURN_PROPOSALS = 'RETURN_PROPOSALS',
  PUBLISH_RELEASES = 'PUBLISH_RELEASES',
  MANAGE_REGISTRY = 'MANAGE_REGISTRY',
  /** A person's own account: password, second factor, sessions, preferences, notifications. Not machine clients. */
  OWN_ACCOUNT = 'OWN_ACCOUNT',
  /** Anyone signed in, person or machine: `me`, reference data such as the list of states. */
  AUTHENTICATED = 'AUTHENTICATED',
}

const { DELEGATE, HEAD_OF_DELEGATION, SECRETARIAT } = Role;

const ROLES: Record<Exclude<Permission, Permission.AUTHENTICATED>, readonly Role[]> = {
  [Permission.READ_RELEASES]: [DELEGATE, HEAD_OF_DELEGATION, SECRETARIAT],
  [Permission.READ_DELIBERATIONS]: [DELEGATE, HEAD_OF_DELEGATION, SECRETARIAT],
  [Permission.DRAFT_PROPOSALS]: [DELEGATE, HEAD_OF_DELEGATION],
  [Permission.COMMENT]: [DELEGATE, HEAD_OF_DELEGATION, SECRETARIAT],
  [Permission.RECORD_TRANSLATIONS]: [DELEGATE, HEAD_OF_DELEGATION],
  [Permission.CAST_POSITION]: [DELEGATE, HEAD_OF_DELEGATION],
  [Permission.APPOINT_ACTING_HEAD]: [HEAD_OF_DELEGATION],
  [Permission.RUN_BALLOTS]: [SECRETARIAT],
  [Permission.RETURN_PROPOSALS]: [SECRETARIAT],
  [Permission.PUBLISH_RELEASES]: [SECRETARIAT],
  [Permission.MANAGE_REGISTRY]: [SECRETARIAT],
  [Permission.OWN_ACCOUNT]: [DELEGATE, HEAD_OF_DELEGATION, SECRETARIAT],
};

const CLIENT_SCOPES: Partial<Record<Permission, ApiClientScope>> = {
  [Permission.READ_RELEASES]: ApiClientScope.RELEASES_READ,
};

export interface AccessOptions {
  anonymousReleaseReads: boolean;
}

export function can(actor: Actor, permission: Permission, options: AccessOptions): boolean {
  switch (actor.kind) {
    case 'ANONYMOUS':
      return permission === Permission.READ_RELEASES && options.anonymousReleaseReads;
    case 'API_CLIENT': {
      if (permission === Permission.AUTHENTICATED) return true;
      const scope = CLIENT_SCOPES[permission];
      return scope !== undefined && actor.scopes.includes(scope);
    }
    case 'USER':
      return permission === Permission.AUTHENTICATED || ROLES[permission].includes(actor.role);
  }
}

