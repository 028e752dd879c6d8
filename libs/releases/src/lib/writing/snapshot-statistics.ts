import { Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SnapshotCounts } from './snapshot-writer';

/** The tables a release snapshot fills; their planner statistics go stale together. */
const SNAPSHOT_TABLES = ['release_entry', 'release_paragraph', 'release_reference', 'release_correlation', 'release_definition', 'release_change'];

/**
 * Rows one write must add before the statistics are refreshed at once. Below it autovacuum catches up in time; above
 * it the next publication would be planned for the tables as they were (a 20,000-entry import left it at 208 s
 * against 11 s once analysed).
 */
export const BULK_SNAPSHOT_ROWS = 5000;

const logger = new Logger('SnapshotStatistics');

/**
 * Refreshes the planner statistics of the snapshot tables after a bulk write. Call it once the writing transaction
 * has committed: ANALYZE samples only rows it can see, and outside that transaction its lock (SHARE UPDATE EXCLUSIVE,
 * which readers and writers pass) is not held until a long import ends.
 */
export async function refreshSnapshotStatistics(manager: EntityManager, written: SnapshotCounts): Promise<boolean> {
  const rows = written.entries + written.paragraphs + written.references + written.correlations + written.definitions;
  if (rows < BULK_SNAPSHOT_ROWS) return false;
  const started = Date.now();
  await manager.query(`ANALYZE ${SNAPSHOT_TABLES.join(', ')}`);
  logger.log(`Planner statistics refreshed for the release snapshot after ${rows} rows written (${Date.now() - started} ms)`);
  return true;
}
