import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createApp, CreateAppOptions } from '@concord/api';
import { seedDemo } from '@concord/database';
import { ConcordConfig, loadConfig } from '@concord/shared/config';
import { createTestDatabase, GraphQLClient, TestDatabase } from '@concord/shared/testing';

export const DEMO_PASSWORD = 'concord-test-password';

export interface TestApp {
  app: INestApplication;
  db: DataSource;
  database: TestDatabase;
  config: ConcordConfig;
  /** Anonymous client; `.as({ token })` for others. */
  gql: GraphQLClient;
  /** Signs a demo user in and returns a client acting as them. */
  as(email: string): Promise<GraphQLClient>;
  tokenFor(email: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real application on its own freshly migrated database, with the demo regime seeded. One per test file
 * (in beforeAll), closed in afterAll.
 */
export async function startTestApp(env: Record<string, string> = {}, options: CreateAppOptions & { database?: TestDatabase } = {}): Promise<TestApp> {
  // A test that runs its own PostgreSQL (a primary with replicas) brings its migrated database.
  const { database: own, ...appOptions } = options;
  const database = own ?? (await createTestDatabase());
  // Every test client connects from loopback, so the per-address connection cap is off unless a test sets it.
  const config = loadConfig({ NODE_ENV: 'test', DEMO_PASSWORD, MAX_CONNECTIONS_PER_ADDRESS: '0', ...env, DATABASE_URL: database.url });
  const app = await createApp(config, database.url, { logger: false, ...appOptions });
  const db = app.get<DataSource>(getDataSourceToken());
  await seedDemo(db, { password: DEMO_PASSWORD, hashCost: config.passwordHashCost });
  const gql = new GraphQLClient(app.getHttpServer());
  const tokens = new Map<string, string>();
  const tokenFor = async (email: string) => {
    if (!tokens.has(email)) {
      const data = await gql.data<{ login: { accessToken: string } }>(
        'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { email, password: DEMO_PASSWORD } },
      );
      tokens.set(email, data.login.accessToken);
    }
    return tokens.get(email)!;
  };
  return {
    app,
    db,
    database,
    config,
    gql,
    tokenFor,
    as: async (email) => gql.as({ token: await tokenFor(email) }),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
