import { MIGRATIONS } from '@concord/database';
import { ConcordConfig } from '@concord/shared/config';
import { openDatabase as openSharedDatabase, ResolvedDatabase } from '@concord/shared/db';

export type { ResolvedDatabase } from '@concord/shared/db';

/** The API's database: the one the CLI also opens (see `openDatabase` in @concord/shared/db), migrated. */
export function openDatabase(config: ConcordConfig, log: (line: string) => void): Promise<ResolvedDatabase> {
  return openSharedDatabase(config, { migrations: MIGRATIONS }, log);
}
