import { Injectable } from '@nestjs/common';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { forbidden, unauthenticated } from '@concord/shared/graphql';
import { Actor } from './actor';
import { can, Permission } from './permission';

@Injectable()
export class AccessPolicy {
  constructor(@InjectConfig() private readonly config: ConcordConfig) {}

  allows(actor: Actor, permission: Permission): boolean {
    return can(actor, permission, { anonymousReleaseReads: this.config.anonymousReleaseReads });
  }

  /** Anonymous callers are told to authenticate; known callers without the right are told they may not. */
  assert(actor: Actor, permission: Permission): void {
    if (this.allows(actor, permission)) return;
    if (actor.kind === 'ANONYMOUS') throw unauthenticated();
    throw forbidden(`Your role may not ${describe(permission)}`);
  }
}

function describe(permission: Permission): string {
  return permission.toLowerCase().replace(/_/g, ' ');
}
