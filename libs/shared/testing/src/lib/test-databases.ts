import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedDatabase, startEmbeddedDatabase } from '@concord/shared/db';

/**
 * Set by Jest's globalSetup for the test workers: the maintenance URL of the server under test and the template
 * database that the real migrations built.
 */
export const ADMIN_URL_ENV = 'CONCORD_TEST_ADMIN_URL';
export const TEMPLATE_ENV = 'CONCORD_TEST_TEMPLATE';

export interface TestDatabaseServer {
  adminUrl: string;
  template: string;
  stop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * TEST_DATABASE_URL names an existing server to test against (any PostgreSQL ≥ 15); otherwise an embedded one is
 * started in a temporary directory on a free port. Either way, one template database is migrated once, and every
 * test file clones it — the real migrations, without paying for them per file.
 */
export async function startTestDatabaseServer(
  migrate: (url: string) => Promise<unknown>,
): Promise<TestDatabaseServer> {
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'concord-test-'));
    embedded = await startEmbeddedDatabase({ dataDir, port: 0 });
    adminUrl = embedded.databaseUrl('postgres');
  }
  const template = `concord_template_${randomBytes(4).toString('hex')}`;
  await admin(adminUrl, (client) => client.query(`CREATE DATABASE ${template}`));
  await migrate(withDatabase(adminUrl, template));
  const finalAdminUrl = adminUrl;
  return {
    adminUrl: finalAdminUrl,
    template,
    async stop() {
      await admin(finalAdminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`)).catch(() => undefined);
      await embedded?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, cloned from the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[ADMIN_URL_ENV];
  const template = process.env[TEMPLATE_ENV];
  if (!adminUrl || !template) throw new Error('No test database server: run the tests through Jest (globalSetup)');
  const name = `concord_test_${randomBytes(6).toString('hex')}`;
  await admin(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    url: withDatabase(adminUrl, name),
    name,
    drop: () => admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

