import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceParts {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  applicationName?: string;
}

/** The one way Concord connects to PostgreSQL: migrations only, never `synchronize`. */
export function dataSourceOptions(parts: DataSourceParts): DataSourceOptions {
  return {
    type: 'postgres',
    url: parts.url,
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL ≥ 13: no extension to install, no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    applicationName: parts.applicationName ?? 'concord',
    extra: { max: parts.poolSize ?? 20 },
    // Failed queries reach the error formatter, which logs them without their parameters (which may hold secrets).
    logging: false,
  };
}

/**
 * Applies every pending migration; returns the names of those it ran. The migrations are SQL: no entity metadata is
 * built for them (it was ~30 ms of every start, built again by the application).
 */
export async function runMigrations({ url, migrations }: Pick<DataSourceParts, 'url' | 'migrations'>): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions({ url, entities: [], migrations }), poolSize: 2, extra: { max: 2 } } as DataSourceOptions);
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
