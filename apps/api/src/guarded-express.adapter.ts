import { createServer, Server } from 'node:http';
import { Socket } from 'node:net';
import { ExpressAdapter } from '@nestjs/platform-express';

export interface HttpLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** 0: no cap. */
  maxConnectionsPerAddress: number;
}

/**
 * Nest's Express adapter with a server that does not let slow clients hold it: headers and whole requests must arrive
 * in time (Node answers 408 otherwise), checked often enough for those limits to mean something, and one address
 * holds only so many connections at once; the next is closed as soon as it opens, before any byte is read.
 */
export class GuardedExpressAdapter extends ExpressAdapter {
  constructor(private readonly limits: HttpLimits) {
    super();
  }

  override initHttpServer(): void {
    const server = createServer(
      {
        headersTimeout: this.limits.headersTimeoutMs,
        requestTimeout: this.limits.requestTimeoutMs,
        // Node checks both timeouts on this interval (30 s by default), which would stretch a 10 s limit to 40 s.
        connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(this.limits.headersTimeoutMs / 4))),
      },
      this.getInstance(),
    );
    if (this.limits.maxConnectionsPerAddress > 0) capConnectionsPerAddress(server, this.limits.maxConnectionsPerAddress);
    this.httpServer = server;
  }
}

function capConnectionsPerAddress(server: Server, cap: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > cap) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
