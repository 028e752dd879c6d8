import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ConcordConfig } from '@concord/shared/config';
import { GraphQLErrorPassThrough } from '@concord/shared/graphql';
import { AppModule } from './app.module';
import { serveGraphQLExplorer } from './explorer/graphql-explorer';
import { GuardedExpressAdapter } from './guarded-express.adapter';
import { securityHeaders, serveWebApp } from './web-app';

export interface CreateAppOptions {
  logger?: LogLevel[] | false;
}

/** The Nest application, configured but not listening: the server and the system tests share it. */
export async function createApp(config: ConcordConfig, databaseUrl: string, options: CreateAppOptions = {}): Promise<INestApplication> {
  const adapter = new GuardedExpressAdapter({
    headersTimeoutMs: config.httpHeadersTimeoutMs,
    requestTimeoutMs: config.httpRequestTimeoutMs,
    maxConnectionsPerAddress: config.maxConnectionsPerAddress,
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: options.logger ?? ['error', 'warn', 'log'],
    bodyParser: true,
  });
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: config.requestBodyLimitBytes });
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  app.useGlobalFilters(new GraphQLErrorPassThrough(app.getHttpAdapter()));
  // Before init, which mounts Apollo and the controllers: these answer browsers first.
  app.use(securityHeaders);
  if (config.landingPage) serveGraphQLExplorer(app);
  serveWebApp(app, config.webDistDir);
  await app.init();
  return app;
}
