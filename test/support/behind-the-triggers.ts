import { Client } from 'pg';

/** As an attacker with full database access would: behind the triggers that keep a released snapshot unchanged. */
export async function behindTheTriggers(databaseUrl: string, sql: string, parameters: unknown[]): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(sql, parameters);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}
