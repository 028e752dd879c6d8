import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startTestApp, TestApp } from '../../support/test-app';

// Plain CommonJS, shared with `npm start` and the install.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureWebBuilt, WEB_DIST_DIR } = require('../../../scripts/build-web.js') as {
  ensureWebBuilt(): { built: boolean; seconds: number };
  WEB_DIST_DIR: string;
};

export interface WebServer {
  baseUrl: string;
  t: TestApp;
  close(): Promise<void>;
}

/**
 * The real application (see startTestApp) listening on a loopback port, serving the web app: apps/web/dist, built
 * first if its sources changed, or the dist WEB_DIST_DIR names (then used as it is).
 */
export async function startWebServer(env: Record<string, string> = {}): Promise<WebServer> {
  const configured = process.env['WEB_DIST_DIR'];
  if (!configured) ensureWebBuilt();
  const t = await startTestApp({ WEB_DIST_DIR: configured ? resolve(configured) : WEB_DIST_DIR, ...env });
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, t, close: () => t.close() };
}
