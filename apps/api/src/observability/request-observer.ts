import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { Metrics } from './metrics';
import { RequestContext, requestContext, requestIdFrom } from './request-context';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Documents are answered by the fast path too, ahead of Express, which never sees them to name their route. */
const DOCUMENT = /^\/releases\/[^/?]+\.(json|sig)(\?|$)/;

/**
 * The outermost request listener, ahead of the release fast path and Express, so that every request is seen: with
 * JSON logs it gets a request id (the caller's `X-Request-Id` or a new one, echoed back) that its transactions carry
 * into the database, and one log line when it ends; with metrics it is counted and timed by route.
 * Installed only when one of them is on: otherwise requests go straight to the app.
 */
export function observeRequests(server: Server, options: { metrics?: Metrics; log?: Logger }): void {
  const { metrics, log } = options;
  const app = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  const dispatch = (req: IncomingMessage, res: ServerResponse) => {
    for (const listener of app) listener.call(server, req, res);
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    // Express rewrites req.url while routers handle it; the log and the route fallback need what was asked.
    const url = req.url ?? '';
    const context: RequestContext | undefined = log ? { id: requestIdFrom(req.headers['x-request-id']) } : undefined;
    res.once('close', () => {
      const seconds = (performance.now() - started) / 1000;
      const route = routeOf(req, url);
      metrics?.httpRequests.inc({ method: req.method, route, status: res.statusCode });
      metrics?.httpDuration.observe({ method: req.method, route }, seconds);
      log?.info(
        {
          requestId: context!.id,
          method: req.method,
          // Without the query string, which is the caller's to keep out of logs.
          path: url.split('?')[0],
          route,
          status: res.statusCode,
          durationMs: Math.round(seconds * 1e4) / 10,
          ...(context!.operation ? { operation: context!.operation } : {}),
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        'request',
      );
    });
    if (!context) return dispatch(req, res);
    res.setHeader('X-Request-Id', context.id);
    requestContext.run(context, () => dispatch(req, res));
  });
}

/** The route pattern Express matched (never the raw URL, which would make a series per document or per typo). */
function routeOf(req: IncomingMessage, url: string): string {
  const matched = (req as IncomingMessage & { route?: { path?: unknown } }).route?.path;
  if (typeof matched === 'string') return matched;
  if (url === '/graphql' || url.startsWith('/graphql?')) return '/graphql';
  if (DOCUMENT.test(url)) return '/releases/:file';
  if (url === '/metrics') return '/metrics';
  return '(other)';
}
