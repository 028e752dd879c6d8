import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES, MIGRATIONS } from '@concord/database';
import { loadDatabaseSettings } from '@concord/shared/config';
import { dataSourceOptions, openDatabase, ResolvedDatabase } from '@concord/shared/db';

export interface CliDatabase {
  db: DataSource;
  resolved: ResolvedDatabase;
  close(): Promise<void>;
}

/**
 * The same database the API uses, read from the same settings: DATABASE_URL, or the embedded PostgreSQL under
 * CONCORD_DATA_DIR (.data), joined on its own port when the API is running and started (on EMBEDDED_POSTGRES_PORT,
 * then stopped on close) when it is not. Migrated before use.
 */
export async function openCliDatabase(log: (line: string) => void): Promise<CliDatabase> {
  const resolved = await openDatabase(loadDatabaseSettings(process.env), { migrations: MIGRATIONS }, log);
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
