import { timingSafeEqual } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Metrics } from './metrics';

/**
 * `GET /metrics` in Prometheus' text format. With METRICS_TOKEN set, only for `Authorization: Bearer <token>` (which
 * Prometheus sends from `authorization.credentials_file`); production refuses to start with metrics on and no token.
 */
export function serveMetrics(app: NestExpressApplication, metrics: Metrics, token: string | undefined): void {
  const expected = token ? Buffer.from(`Bearer ${token}`) : undefined;
  (app.getHttpAdapter().getInstance() as Express).get('/metrics', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    if (expected && !presents(req.headers.authorization, expected)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"').type('text/plain').send('Unauthorized\n');
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

function presents(header: string | undefined, expected: Buffer): boolean {
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
