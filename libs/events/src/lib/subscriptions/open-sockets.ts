import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Actor, Credential, CredentialsVerifier } from '@concord/auth';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { RevocationBroadcast } from '../bus/revocation-broadcast';

/** graphql-ws's close code for "Forbidden": the client must not reconnect with the same credentials. */
export const SOCKET_FORBIDDEN = 4403;
/** WebSocket's "Service Restart": this instance is going away, and the client should reconnect (to another one). */
export const SOCKET_SERVICE_RESTART = 1012;

interface OpenSocket {
  credential: Credential;
  close(code: number, reason: string): void;
  /** The socket's actor, refreshed at each check so role or state changes reach its operations. */
  setActor(actor: Actor): void;
}

/**
 * The authenticated WebSocket connections of this instance, re-checked with the same credential checks as every
 * HTTP request: a deactivated or signed-out person, a changed password, a revoked API client or an expired token
 * closes the socket with 4403 at the next check (every SOCKET_RECHECK_MS; `sweep()` runs one at once). A revocation
 * announced on any instance starts a check at once, so an expiry may wait for the interval but a revocation does not.
 */
@Injectable()
export class OpenSockets implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Subscriptions');
  private readonly sockets = new Set<OpenSocket>();
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<number>;

  constructor(
    private readonly credentials: CredentialsVerifier,
    @InjectConfig() private readonly config: ConcordConfig,
    revocations: RevocationBroadcast,
  ) {
    // After the check in progress, if any: it may have read a socket's credential before the revocation committed.
    revocations.onRevoked(() => void (this.sweeping ?? Promise.resolve()).then(() => this.sweep()));
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.socketRecheckMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Returns the function that forgets the socket when it closes. */
  track(socket: OpenSocket): () => void {
    this.sockets.add(socket);
    return () => this.sockets.delete(socket);
  }

  get size(): number {
    return this.sockets.size;
  }

  /** On shutdown: every socket is told to reconnect elsewhere, rather than dropped. Returns how many there were. */
  closeAll(): number {
    const count = this.sockets.size;
    for (const socket of [...this.sockets]) socket.close(SOCKET_SERVICE_RESTART, 'Service restart: reconnect');
    this.sockets.clear();
    return count;
  }

  /** Checks every open socket once; resolves with how many were closed. */
  sweep(): Promise<number> {
    this.sweeping ??= this.checkAll().finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }

  private async checkAll(): Promise<number> {
    let closed = 0;
    for (const socket of [...this.sockets]) {
      let actor: Actor | undefined;
      try {
        actor = await this.credentials.verify(socket.credential);
      } catch (error) {
        // A failure to check (database down) leaves the socket for next time; only a refusal closes it.
        this.logger.warn(`Could not re-check a subscription's caller: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      if (actor) {
        socket.setActor(actor);
        continue;
      }
      this.sockets.delete(socket);
      socket.close(SOCKET_FORBIDDEN, 'Forbidden: the credentials are no longer valid');
      closed += 1;
    }
    return closed;
  }
}
