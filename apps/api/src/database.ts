import { ENTITIES, MIGRATIONS } from '@concord/database';
import { ConcordConfig } from '@concord/shared/config';
import { ensureDatabase, runMigrations, startEmbeddedDatabase } from '@concord/shared/db';

export interface ResolvedDatabase {
  url: string;
  /** Where it runs, for the start banner: never the password. */
  description: string;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'concord';

/**
 * DATABASE_URL if set; otherwise the embedded PostgreSQL under the data directory. Either way the schema is brought
 * up to date by the committed migrations before anything else touches it.
 */
export async function openDatabase(config: ConcordConfig, log: (line: string) => void): Promise<ResolvedDatabase> {
  let resolved: ResolvedDatabase;
  if (config.databaseUrl) {
    const target = new URL(config.databaseUrl);
    resolved = {
      url: config.databaseUrl,
      description: `PostgreSQL at ${target.hostname}:${target.port || 5432}${target.pathname}`,
      close: async () => undefined,
    };
  } else {
    const embedded = await startEmbeddedDatabase({ dataDir: config.dataDir, port: config.embeddedPostgresPort, log: (line) => process.env['CONCORD_DEBUG_DB'] && log(line) });
    await ensureDatabase(embedded.databaseUrl('postgres'), EMBEDDED_DATABASE);
    resolved = {
      url: embedded.databaseUrl(EMBEDDED_DATABASE),
      description: `embedded PostgreSQL, data in ${config.dataDir}`,
      close: () => embedded.stop(),
    };
  }
  try {
    const applied = await runMigrations({ url: resolved.url, entities: ENTITIES, migrations: MIGRATIONS });
    if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
  } catch (error) {
    await resolved.close();
    throw error;
  }
  return resolved;
}
