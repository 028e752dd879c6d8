import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { NestExpressApplication } from '@nestjs/platform-express';
import { wantsHtml } from '../web-app';

/**
 * A small GraphQL explorer on `GET /graphql` for browsers, in place of Apollo's landing page, which loads its code from
 * Apollo's CDN: this one is two files served from here, so it works offline and under the app's strict CSP.
 * Registered before Apollo's middleware, which then never sees a browser's GET.
 */
export function serveGraphQLExplorer(app: NestExpressApplication): void {
  const page = readFileSync(join(__dirname, 'explorer.html'));
  const script = readFileSync(join(__dirname, 'explorer.js'));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path === '/graphql' && wantsHtml(req)) send(res, 'html', page);
    else if (req.path === '/graphql/explorer.js' && (req.method === 'GET' || req.method === 'HEAD')) send(res, 'js', script);
    else next();
  });
}

function send(res: Response, type: string, body: Buffer): void {
  res.setHeader('Cache-Control', 'no-cache');
  res.type(type).send(body);
}
