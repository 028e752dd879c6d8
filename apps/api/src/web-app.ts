import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { NestExpressApplication } from '@nestjs/platform-express';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The API's own paths, never answered with the web app's page: a browser following a link to one must reach the API.
 * `/releases/{version}` is a page of the app; only `/releases/{version}.json|.sig` are documents.
 */
const API_PATH = /^\/(graphql|auth|health)(\/|$)|^\/releases\/[^/]+\.(json|sig)$/;

/** Every response carries them: API error pages are HTML too, and the headers cost nothing on JSON. */
export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  next();
}

/** A browser navigating (not a script fetching JSON, nor a client sending `Accept: *\/*`). */
export function wantsHtml(req: Request): boolean {
  return isRead(req) && req.accepts(['json', 'html']) === 'html';
}

function isRead(req: Request): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

/**
 * The built single-page app: hashed assets cached for good, everything else revalidated, and any other page a browser
 * asks for answered with index.html so that deep links work. Registered before Nest's routes, which come at init.
 * index.html is looked up per request, so a rebuild needs no restart.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): void {
  app.useStaticAssets(join(distDir, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d', index: false, redirect: false });
  // A missing chunk must fail as such, not load index.html as JavaScript.
  app.use('/assets', (_req: Request, res: Response) => void res.status(404).type('text/plain').send('Not found\n'));
  app.useStaticAssets(distDir, { index: false, redirect: false, setHeaders: (res: Response) => res.setHeader('Cache-Control', 'no-cache') });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const page = req.path === '/' ? isRead(req) : wantsHtml(req) && !API_PATH.test(req.path);
    if (!page) return next();
    res.sendFile(join(distDir, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } }, (error) => {
      if (error && !res.headersSent) res.status(503).setHeader('Cache-Control', 'no-store').type('html').send(NOT_BUILT);
    });
  });
}

const NOT_BUILT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Concord: web app not built</title></head>
<body>
<main>
<h1>The web application is not built</h1>
<p>The API is running: <a href="/graphql">/graphql</a>. To build the web application, run <code>npm run build:web</code>
and reload this page.</p>
</main>
</body>
</html>
`;
