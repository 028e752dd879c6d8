import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CredentialRevocations } from '@concord/auth';
import { concordEvent } from './concord-event';
import { EventBus } from './event-bus';

export const CREDENTIALS_TOPIC = 'credentials';

export enum CredentialEventType {
  REVOKED = 'credentials.revoked',
}

/**
 * Auth's CredentialRevocations port, carried by the event bus to every instance (through Redis when there are
 * several). The event names no credential: what an instance keeps of credentials is small and cheap to rebuild, so
 * each forgets all of it, and nothing about a key or a person travels through Redis.
 */
@Injectable()
export class RevocationBroadcast extends CredentialRevocations {
  constructor(private readonly bus: EventBus) {
    super();
  }

  announceAfterCommit(manager: EntityManager): void {
    this.bus.publishAfterCommit(manager, concordEvent(CREDENTIALS_TOPIC, CredentialEventType.REVOKED, { scope: 'INSTANCES' }, {}));
  }

  /** `forget` runs on this instance after every revocation, on whichever instance it was made. */
  onRevoked(forget: () => void): void {
    this.bus.listen(CREDENTIALS_TOPIC, forget);
  }
}
