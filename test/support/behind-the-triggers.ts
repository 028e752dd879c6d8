import { Client } from 'pg';

/** Runs `work` in one transaction of a connection of its own, committed when it returns. */
async function inOneTransaction(databaseUrl: string, work: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

/** As an attacker with full database access would: behind the triggers that keep a released snapshot unchanged. */
export async function behindTheTriggers(databaseUrl: string, sql: string, parameters: unknown[]): Promise<void> {
  await inOneTransaction(databaseUrl, async (client) => {
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(sql, parameters);
  });
}

/** As the tables' owner (or a superuser) can: statements in one transaction, triggers switched as they say. */
export async function asTableOwner(databaseUrl: string, statements: string[]): Promise<void> {
  await inOneTransaction(databaseUrl, async (client) => {
    for (const statement of statements) await client.query(statement);
  });
}
