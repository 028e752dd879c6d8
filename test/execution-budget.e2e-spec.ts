import { Client as PgClient } from 'pg';
import request from 'supertest';
import { seedControlList } from '@concord/database';
import { eventually } from './support/eventually';
import { startTestApp, TestApp } from './support/test-app';

const TOKEN = 'metrics-token-for-the-budget-test';

/** Costs ~2,000 (see queryCost): over the 1,000 below which an operation never waits. */
const PAGE = (first: number) => `query ($version: String!) { release(version: $version) { entries(first: ${first}) { edges { node { code heading } } } } }`;

describe('GraphQL execution budget: costly operations take turns, cheap ones never wait', () => {
  let t: TestApp;
  let version: string;
  let entryCount: number;
  const gauge = async (name: string) => {
    const response = await request(t.app.getHttpServer()).get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(response.text)?.[1]);
  };

  beforeAll(async () => {
    // A budget of 1: any operation that claims budget runs alone.
    t = await startTestApp({ GRAPHQL_EXECUTION_BUDGET: '1', METRICS_ENABLED: 'true', METRICS_TOKEN: TOKEN });
    await seedControlList(t.app);
    const delegate = await t.as('delegate.jp@example.org');
    ({
      latestRelease: { version, entryCount },
    } = await delegate.data('{ latestRelease { version entryCount } }'));
  });
  afterAll(() => t.close());

  it('holds a second costly operation until the first is answered, while a cheap one goes past both', async () => {
    const delegate = await t.as('delegate.jp@example.org');
    // The entries' table locked by another session: the first operation is stuck at the database mid-execution.
    const locker = new PgClient({ connectionString: t.database.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE release_entry IN ACCESS EXCLUSIVE MODE');
      const lockWaiters = async () =>
        Number(
          (await locker.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0]
            .n,
        );

      const first = delegate.request(PAGE(400), { version });
      await eventually(async () => (await lockWaiters()) === 1);
      expect(await gauge('concord_graphql_execution_cost')).toBe(1);

      const second = delegate.request(PAGE(300), { version });
      await eventually(async () => (await gauge('concord_graphql_operations_waiting')) === 1);
      // Waiting for budget, not at the database: still only the first operation is blocked there.
      expect(await lockWaiters()).toBe(1);

      const cheap = await delegate.data('{ participatingStates { code } }');
      expect(cheap.participatingStates.length).toBeGreaterThan(0);

      await locker.query('COMMIT');
      const [one, two] = await Promise.all([first, second]);
      expect(one.errors).toBeUndefined();
      expect(two.errors).toBeUndefined();
      expect(one.data!.release.entries.edges).toHaveLength(Math.min(400, entryCount));
      expect(two.data!.release.entries.edges).toHaveLength(Math.min(300, entryCount));
      expect({ cost: await gauge('concord_graphql_execution_cost'), waiting: await gauge('concord_graphql_operations_waiting') }).toEqual({ cost: 0, waiting: 0 });
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
  });

  it('gives the budget back when an operation fails', async () => {
    const delegate = await t.as('delegate.jp@example.org');
    const refused = await delegate.request(PAGE(400), { version: '1999.9' });
    expect(refused.errors?.length).toBeGreaterThan(0);
    expect(await gauge('concord_graphql_execution_cost')).toBe(0);
    const answered = await delegate.request(PAGE(400), { version });
    expect(answered.errors).toBeUndefined();
  });
});
