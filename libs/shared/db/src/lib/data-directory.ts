import { chmodSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';
import { StartupError, StartupProblem } from '@concord/shared/config';

const WRITE_CHECK = '.concord-write-check';

/**
 * Creates the data directory if needed and proves it writable by writing into it, so that a directory Concord cannot
 * use is reported as such, naming CONCORD_DATA_DIR, instead of as whatever PostgreSQL says when it trips over it.
 */
export function prepareDataDirectory(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    const probe = join(dataDir, WRITE_CHECK);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (error) {
    const cause = error as Error;
    throw new StartupError(
      StartupProblem.DATA_DIR_NOT_WRITABLE,
      `the data directory ${dataDir} (CONCORD_DATA_DIR) is not a directory this user (${userInfo().username}) can write to ` +
        `(${cause.message}). Concord keeps its embedded PostgreSQL and its development signing ` +
        `key there: set CONCORD_DATA_DIR to a writable directory, or fix this one's permissions.`,
    );
  }
  makeTraversable(dataDir);
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user, which must be able to walk
 * down to the cluster, e.g. through /root/project/.data.
 */
function makeTraversable(dataDir: string): void {
  if (userInfo().uid !== 0) return;
  for (let dir = dataDir; dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
  }
}
