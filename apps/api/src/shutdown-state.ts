import { Injectable } from '@nestjs/common';

/**
 * Whether this instance is on its way out. Once draining, readiness answers 503 so the balancer sends new requests
 * elsewhere, while requests already in flight finish.
 */
@Injectable()
export class ShutdownState {
  private drainingSince?: Date;

  get draining(): boolean {
    return this.drainingSince !== undefined;
  }

  beginDraining(now = new Date()): void {
    this.drainingSince ??= now;
  }
}
