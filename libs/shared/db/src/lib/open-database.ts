import type { DatabaseSettings } from '@concord/shared/config';
import { DataSourceParts, runMigrations } from './data-source';
import { assertReachable } from './database-reachability';
import { ensureDatabase, startEmbeddedDatabase } from './embedded-postgres';

export interface ResolvedDatabase {
  url: string;
  /** Where it runs, for the start banner: never the password. */
  description: string;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'concord';

/**
 * DATABASE_URL if set; otherwise the embedded PostgreSQL under the data directory (joined if the running API owns
 * it, started and later stopped by `close` if not). Either way the schema is brought up to date by the committed
 * migrations before anything else touches it. Shared by the API and the CLI, so both always see the same database.
 */
export async function openDatabase(
  location: DatabaseSettings,
  schema: Pick<DataSourceParts, 'migrations'>,
  log: (line: string) => void,
): Promise<ResolvedDatabase> {
  let resolved: ResolvedDatabase;
  if (location.databaseUrl) {
    const target = new URL(location.databaseUrl);
    await assertReachable(location.databaseUrl);
    resolved = {
      url: location.databaseUrl,
      description: `PostgreSQL at ${target.hostname}:${target.port || 5432}${target.pathname}`,
      close: async () => undefined,
    };
  } else {
    const embedded = await startEmbeddedDatabase({
      dataDir: location.dataDir,
      port: location.embeddedPostgresPort,
      log: (line) => process.env['CONCORD_DEBUG_DB'] && log(line),
    });
    try {
      await ensureDatabase(embedded.databaseUrl('postgres'), EMBEDDED_DATABASE);
    } catch (error) {
      await embedded.stop();
      throw error;
    }
    resolved = {
      url: embedded.databaseUrl(EMBEDDED_DATABASE),
      description: `embedded PostgreSQL on port ${embedded.port}${embedded.owned ? '' : ' (started by another Concord process)'}, data in ${location.dataDir}`,
      close: () => embedded.stop(),
    };
  }
  try {
    const applied = await runMigrations({ url: resolved.url, migrations: schema.migrations });
    if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
  } catch (error) {
    await resolved.close();
    throw error;
  }
  return resolved;
}
