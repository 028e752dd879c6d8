import { DataSource } from 'typeorm';

/**
 * Runs a demo seed once per database: under an advisory lock held by a transaction for the whole run, so two servers
 * starting on one fresh database never both seed, and only while `pending` says there is nothing of its kind yet.
 * (The services a seed calls commit their own steps; the lock transaction only serialises the runs.)
 */
export async function seedOnce<T>(db: DataSource, lock: string, pending: () => Promise<boolean>, seed: () => Promise<T>): Promise<T | undefined> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [lock]);
    const seeded = (await pending()) ? await seed() : undefined;
    await runner.commitTransaction();
    return seeded;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
