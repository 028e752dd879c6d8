import { INestApplication } from '@nestjs/common';
import { Server } from 'node:http';
import { OpenSockets } from '@concord/events';
import { ShutdownState } from './shutdown-state';

/**
 * Leaves without losing a request: readiness turns 503 at once, and after `graceMs` (long enough for the balancer's
 * next health check) the listener closes, subscriptions are told to reconnect elsewhere, the requests in flight
 * finish, and only then do the database and Redis connections close. Nest's own close would end the database first.
 */
export async function drainAndClose(app: INestApplication, graceMs: number): Promise<void> {
  app.get(ShutdownState).beginDraining();
  if (graceMs > 0) await new Promise((resolve) => setTimeout(resolve, graceMs));
  const server = app.getHttpServer() as Server;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  app.get(OpenSockets).closeAll();
  await closed;
  await app.close();
}
