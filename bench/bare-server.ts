import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BareRoute {
  body: Buffer;
  headers: Record<string, string>;
  /** Answer 304 when If-None-Match carries this. */
  etag?: string;
}

/** The yardstick: node:http answering with the very bytes and headers the app sends, and nothing else. */
export async function startBareServer(route: BareRoute): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // Drain a POST body (the GraphQL query) as the app has to.
    req.resume();
    req.on('end', () => {
      if (route.etag && req.headers['if-none-match'] === route.etag) {
        res.writeHead(304, { etag: route.etag, 'cache-control': route.headers['cache-control'] ?? '' });
        res.end();
        return;
      }
      res.writeHead(200, { ...route.headers, 'content-length': String(route.body.length) });
      res.end(route.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
