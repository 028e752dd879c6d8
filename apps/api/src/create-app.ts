import { INestApplication, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { ReleaseCacheStatistics, ReleaseQueryFront } from '@concord/releases';
import { ConcordConfig, LogFormat } from '@concord/shared/config';
import { GraphQLErrorPassThrough } from '@concord/shared/graphql';
import { AppModule } from './app.module';
import { serveGraphQLExplorer } from './explorer/graphql-explorer';
import { GuardedExpressAdapter } from './guarded-express.adapter';
import { observeFrontHits } from './observability/graphql-metrics.plugin';
import { JsonNestLogger, jsonLog } from './observability/json-logger';
import { Metrics } from './observability/metrics';
import { serveMetrics } from './observability/metrics-endpoint';
import { Observability } from './observability/observability';
import { nameTransactionsAfterRequests } from './observability/request-named-query-runner';
import { observeRequests } from './observability/request-observer';
import { securityHeaders, serveWebApp } from './web-app';
import { ReadReplicas } from '@concord/shared/db';

export interface CreateAppOptions {
  logger?: LogLevel[] | false;
  /** Where the JSON log goes (LOG_FORMAT=json) instead of stdout; with `logger: false` there is none without it. */
  logDestination?: DestinationStream;
}

/** The Nest application, configured but not listening: the server and the system tests share it. */
export async function createApp(config: ConcordConfig, databaseUrl: string, options: CreateAppOptions = {}): Promise<INestApplication> {
  const adapter = new GuardedExpressAdapter({
    headersTimeoutMs: config.httpHeadersTimeoutMs,
    requestTimeoutMs: config.httpRequestTimeoutMs,
    maxConnectionsPerAddress: config.maxConnectionsPerAddress,
  });
  const json = config.logFormat === LogFormat.JSON && (options.logger !== false || options.logDestination !== undefined);
  const observability = new Observability(config.metricsEnabled ? new Metrics() : undefined, json ? jsonLog(options.logDestination) : undefined);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, observability), adapter, {
    logger: observability.log ? new JsonNestLogger(observability.log) : (options.logger ?? ['error', 'warn', 'log']),
    bodyParser: true,
  });
  app.disable('x-powered-by');
  // Ahead of the body parser, which it stands in for on the requests the front read at the server.
  const front = app.get(ReleaseQueryFront);
  app.use(front.middleware());
  if (observability.metrics || observability.log) observeFrontHits(front, observability.metrics);
  app.useBodyParser('json', { limit: config.requestBodyLimitBytes });
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  app.useGlobalFilters(new GraphQLErrorPassThrough(app.getHttpAdapter()));
  // Before init, which mounts Apollo and the controllers: these answer browsers first.
  app.use(securityHeaders);
  if (config.landingPage) serveGraphQLExplorer(app);
  if (observability.metrics) serveMetrics(app, observability.metrics, config.metricsToken);
  serveWebApp(app, config.webDistDir);
  await app.init();
  const db = app.get(DataSource);
  observability.metrics?.watch(db, app.get(ReleaseCacheStatistics), app.get(ReadReplicas), (message) => new Logger('Metrics').warn(message));
  if (observability.log) nameTransactionsAfterRequests(db);
  // After init, so that it comes before the release fast path, which also installs itself at the server.
  if (observability.metrics || observability.log) observeRequests(app.getHttpServer(), observability);
  return app;
}
