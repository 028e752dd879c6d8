import { INestApplication } from '@nestjs/common';
import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { OpenSockets } from '@concord/events';
import { ShutdownState } from './shutdown-state';

/** The balancer's own checks: it keeps sending them to an instance it has already taken out of rotation. */
const HEALTH_CHECK = /^\/health(\/|\?|$)/;
/** An instance that keeps being sent requests (a client without a balancer) still leaves after this many grace periods. */
const MAX_GRACE_PERIODS = 10;

/**
 * Leaves without losing a request: readiness turns 503 at once, and once the balancer has stopped sending requests
 * (none but health checks for `graceMs`, and never before `graceMs`) the listener closes, subscriptions are told to
 * reconnect elsewhere, the requests in flight finish, and only then do the database and Redis connections close.
 * Nest's own close would end the database first.
 */
export async function drainAndClose(app: INestApplication, graceMs: number): Promise<void> {
  app.get(ShutdownState).beginDraining();
  const server = app.getHttpServer() as Server;
  if (graceMs > 0) await untilTheBalancerHasLeft(server, graceMs);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  app.get(OpenSockets).closeAll();
  await closed;
  await app.close();
}

/**
 * A fixed grace alone is not enough: a balancer under load answers its checks late, and may still send a request when
 * the listener closes, which the kernel then resets in the accept queue, after the request was sent: the balancer
 * cannot tell whether it ran, so it answers 502 instead of retrying. While the balancer still sends requests, they
 * keep the listener open.
 */
function untilTheBalancerHasLeft(server: Server, graceMs: number): Promise<void> {
  const since = Date.now();
  let lastRequest = since;
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    // Not kept alive for another request: no idle connection is left for the listener's close to cut under a client.
    if (!response.headersSent) response.setHeader('Connection', 'close');
    if (!HEALTH_CHECK.test(request.url ?? '')) lastRequest = Date.now();
  };
  server.on('request', onRequest);
  return new Promise((resolve) => {
    const check = () => {
      const due = Math.min(lastRequest + graceMs, since + MAX_GRACE_PERIODS * graceMs);
      const now = Date.now();
      if (now < due) return void setTimeout(check, due - now);
      server.off('request', onRequest);
      resolve();
    };
    setTimeout(check, graceMs);
  });
}
