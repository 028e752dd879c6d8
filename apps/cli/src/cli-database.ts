import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES, MIGRATIONS } from '@concord/database';
import { dataSourceOptions, openDatabase, ResolvedDatabase } from '@concord/shared/db';
import { resolve } from 'node:path';

export interface CliDatabase {
  db: DataSource;
  resolved: ResolvedDatabase;
  close(): Promise<void>;
}

/**
 * The same database the API uses: DATABASE_URL, or the embedded PostgreSQL under CONCORD_DATA_DIR (.data), joined
 * when the API is running and started (then stopped on close) when it is not. Migrated before use.
 */
export async function openCliDatabase(log: (line: string) => void): Promise<CliDatabase> {
  const location = { databaseUrl: process.env['DATABASE_URL'] || undefined, dataDir: resolve(process.env['CONCORD_DATA_DIR'] || '.data') };
  const resolved = await openDatabase(location, { entities: ENTITIES, migrations: MIGRATIONS }, log);
  const db = new DataSource({ ...dataSourceOptions({ url: resolved.url, entities: ENTITIES, migrations: MIGRATIONS, poolSize: 2, applicationName: 'concord-cli' }) });
  try {
    await db.initialize();
  } catch (error) {
    await resolved.close();
    throw error;
  }
  return {
    db,
    resolved,
    async close() {
      await db.destroy();
      await resolved.close();
    },
  };
}
