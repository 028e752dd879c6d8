import { INestApplication, Logger } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { seedControlList, seedDemo, seedDemoImplementation, seedDemoNegotiation, seedDemoTranslations } from '@concord/database';
import { assertPortAvailable, ConcordConfig, ConfiguredPort, LogFormat, portUnavailable } from '@concord/shared/config';
import { prepareDataDirectory } from '@concord/shared/db';
import { createApp } from './create-app';
import { drainAndClose } from './graceful-shutdown';
import { openDatabase } from './database';
import { JsonNestLogger, jsonLog } from './observability/json-logger';

export interface RunningServer {
  app: INestApplication;
  url: string;
  databaseDescription: string;
  seeded: boolean;
  close(): Promise<void>;
}

export async function startServer(config: ConcordConfig): Promise<RunningServer> {
  // The lines before the application exists (the database starting, migrations) are JSON too.
  if (config.logFormat === LogFormat.JSON) Logger.overrideLogger(new JsonNestLogger(jsonLog()));
  const logger = new Logger('Concord');
  const http: ConfiguredPort = { port: config.port, host: config.environment === 'production' ? '0.0.0.0' : '127.0.0.1', setting: 'PORT' };
  // Before the database starts and the demo data is seeded, so that a taken port fails at once.
  await assertPortAvailable(http);
  // In development the signing key is generated into the data directory, wherever the database is.
  if (config.environment === 'development' && !config.signingKey) prepareDataDirectory(config.dataDir);
  const database = await openDatabase(config, (line) => logger.log(line));
  let app: INestApplication | undefined;
  try {
    app = await createApp(config, database.url);
    const db = app.get<DataSource>(getDataSourceToken());
    const seeded = config.seedDemo ? await seedDemo(db, { password: config.demoPassword, hashCost: config.passwordHashCost }) : false;
    if (config.seedDemo) {
      const baseline = await seedControlList(app);
      if (baseline) logger.log(`Imported the baseline list as release ${baseline.version}: ${baseline.entries} entries, ${baseline.paragraphs} paragraphs`);
      const negotiation = config.seedDemoNegotiation ? await seedDemoNegotiation(app, db) : undefined;
      if (negotiation) logger.log('Seeded a demo negotiation: a proposal under review, one in an open ballot, one draft');
      const implemented = config.seedDemoNegotiation ? await seedDemoImplementation(app, db) : undefined;
      if (implemented) logger.log(`Seeded the national implementation of ${implemented} states`);
      const translated = config.seedDemoNegotiation ? await seedDemoTranslations(app, db) : undefined;
      if (translated) logger.log(`Seeded France's translation of ${translated} texts of 5A001`);
    }
    await app.listen(http.port, http.host).catch((error: unknown) => {
      throw portUnavailable(http, error) ?? error;
    });
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const running = app;
    return {
      app,
      url: `http://localhost:${port}`,
      databaseDescription: database.description,
      seeded,
      async close() {
        await drainAndClose(running, config.shutdownGraceMs);
        await database.close();
      },
    };
  } catch (error) {
    await app?.close();
    await database.close();
    throw error;
  }
}
