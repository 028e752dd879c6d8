import type { AddressInfo } from 'node:net';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES, MIGRATIONS, seedControlList } from '@concord/database';
import { ReleaseEntity } from '@concord/control-list';
import { dataSourceOptions, ReadReplicas, ReplicaState, runMigrations } from '@concord/shared/db';
import { eventually } from './support/eventually';
import { adoptedProposal, baseEntry, entryInput } from './support/fixtures';
import { ReplicaCluster, PgServer, startReplicaCluster } from './support/replica-cluster';
import { startTestApp, TestApp } from './support/test-app';

const PULL = `{ latestRelease { version entryCount entries(first: 20) { totalCount edges { node { code } } } } }`;
const SCANS_REPORTED_MS = 30_000;
const PUBLISH = `mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }`;

/**
 * Scans of the release tables on one server. Only the API's reads touch those tables on the replica (its health
 * poll reads no table, and this count reads catalogs), so a rise there means the replica served a pull. A backend
 * reports its counts when idle, at most once a second and otherwise up to ten seconds later: hence SCANS_REPORTED_MS.
 */
async function releaseScans(server: PgServer): Promise<number> {
  const [row] = await server.query<{ scans: number }>(
    `SELECT coalesce(sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), 0)::int AS scans FROM pg_stat_user_tables WHERE relname LIKE 'release%'`,
    [],
    'concord',
  );
  return row!.scans;
}

describe('read replicas: the pull API reads a real streaming replica, and the primary whenever it must', () => {
  let cluster: ReplicaCluster;
  let t: TestApp;
  let graphql: string;
  let token: string;
  let replicas: ReadReplicas;

  const pull = async (query: string, headers: Record<string, string> = {}) => {
    const response = await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: unknown[]; extensions?: any } };
  };
  const latestVersion = async (headers: Record<string, string> = {}) => (await pull(`{ latestRelease { version } }`, headers)).body.data.latestRelease.version;
  const primaryPosition = async () => (await cluster.primary.query<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`))[0]!.lsn;
  const replicaState = () => replicas.report()[0]!;
  const pauseReplay = async () => {
    await cluster.replica.query(`SELECT pg_wal_replay_pause()`);
    await eventually(async () => (await cluster.replica.query<{ state: string }>(`SELECT pg_get_wal_replay_pause_state() AS state`))[0]!.state === 'paused');
  };
  /** TypeORM's own read/write split, configured as its documentation shows: one master, the replica as a slave. */
  const typeormReplication = () =>
    new DataSource({
      ...dataSourceOptions({ url: cluster.primary.url('concord'), entities: ENTITIES, migrations: [] }),
      url: undefined,
      replication: { master: { url: cluster.primary.url('concord') }, slaves: [{ url: cluster.replica.url('concord') }] },
    } as DataSourceOptions);
  /** The replica has replayed everything the primary has written, and the API's poll has seen it. */
  const caughtUp = async () => {
    const target = await primaryPosition();
    await eventually(async () => {
      const [row] = await cluster.replica.query<{ behind: boolean }>(`SELECT pg_last_wal_replay_lsn() < $1::pg_lsn AS behind`, [target]);
      return !row!.behind;
    }, 30_000);
    await eventually(() => replicaState().state === ReplicaState.UP && replicaState().lagMs === 0, 30_000);
  };

  beforeAll(async () => {
    cluster = await startReplicaCluster();
    await cluster.primary.query(`CREATE DATABASE concord`);
    const url = cluster.primary.url('concord');
    await runMigrations({ url, migrations: MIGRATIONS });
    t = await startTestApp(
      // Lag never disqualifies the replica here: the test pauses replay to make it stale on purpose.
      { DATABASE_REPLICA_URLS: cluster.replica.url('concord'), REPLICA_POLL_MS: '50', REPLICA_MAX_LAG_MS: '3600000' },
      { database: { url, name: 'concord', drop: async () => undefined } },
    );
    await seedControlList(t.app);
    await t.app.listen(0, '127.0.0.1');
    graphql = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
    token = await t.tokenFor('delegate.jp@example.org');
    replicas = t.app.get(ReadReplicas);
    await caughtUp();
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await cluster?.destroy();
  });

  it('serves pulls from the replica, as its own statistics show, and reports it in /health/ready', async () => {
    const before = await releaseScans(cluster.replica);
    for (let i = 0; i < 5; i++) {
      const { body } = await pull(PULL);
      expect(body.errors).toBeUndefined();
      expect(body.data.latestRelease).toMatchObject({ version: '2026.0', entries: { edges: expect.arrayContaining([expect.anything()]) } });
    }
    await eventually(async () => (await releaseScans(cluster.replica)) > before, SCANS_REPORTED_MS);
    const ready = await fetch(graphql.replace('/graphql', '/health/ready'));
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as any).checks.replicas).toEqual([
      { replica: `127.0.0.1:${cluster.replica.port}/concord`, state: ReplicaState.UP, lagMs: 0, replayed: expect.stringMatching(/^[0-9A-F]+\/[0-9A-F]+$/) },
    ]);
  });

  it('answers a mutation with its commit position; sent back, it keeps the client off a replica that has not replayed it', async () => {
    await pauseReplay();

    const jp = await t.as('delegate.jp@example.org');
    const entry = await baseEntry(jp, '5A001');
    const proposal = await adoptedProposal(t, jp, 'Add HR to 5A001', [
      { kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(entry, { reasons: [...new Set([...entry.reasons, 'HR'])] }) },
    ]);
    const published = await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.tokenFor('secretariat@example.org')}` },
      body: JSON.stringify({ query: PUBLISH, variables: { input: { version: '2026.1', proposalIds: [proposal.id] } } }),
    });
    const body = (await published.json()) as any;
    expect(body.data.publishRelease).toEqual({ version: '2026.1' });
    const lsn = published.headers.get('concord-lsn')!;
    expect(lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    expect(body.extensions).toEqual({ lsn });

    // Without the position: the replica answers, with what it has replayed (the release before).
    expect(await latestVersion()).toBe('2026.0');
    // With it: the replica has not replayed the write, so the primary answers, with the write.
    expect(await latestVersion({ 'concord-min-lsn': lsn })).toBe('2026.1');
    // A position that cannot be read cannot be checked: the primary answers.
    expect(await latestVersion({ 'concord-min-lsn': 'yesterday' })).toBe('2026.1');

    // TypeORM's own `replication` option, for comparison (see docs/operations.md): query-builder reads go to the
    // replica, even just after a write the caller made; raw queries and whole transactions go to the primary.
    const typeorm = typeormReplication();
    await typeorm.initialize();
    try {
      expect(await typeorm.getRepository(ReleaseEntity).existsBy({ version: '2026.1' })).toBe(false);
      expect(await typeorm.query(`SELECT count(*)::int AS n FROM release WHERE version = '2026.1'`)).toEqual([{ n: 1 }]);
      expect(await typeorm.transaction((manager) => manager.getRepository(ReleaseEntity).existsBy({ version: '2026.1' }))).toBe(true);
    } finally {
      await typeorm.destroy();
    }

    // Replayed, the client's write is on the replica, which serves it again, even while behind a later write: the
    // answer is the replica's (2026.1), not the primary's (2026.2).
    await cluster.replica.query(`SELECT pg_wal_replay_resume()`);
    await caughtUp();
    await pauseReplay();
    const later = await adoptedProposal(t, jp, 'Amend 5A001 again', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(entry, { heading: `${entry.heading} (amended)` }) }]);
    await (await t.as('secretariat@example.org')).data(PUBLISH, { input: { version: '2026.2', proposalIds: [later.id] } });
    expect(await latestVersion({ 'concord-min-lsn': lsn })).toBe('2026.1');
    await cluster.replica.query(`SELECT pg_wal_replay_resume()`);
    await caughtUp();
  });

  it('loses no request when the replica dies under concurrent pulls, and stays ready on the primary', async () => {
    const failures: unknown[] = [];
    let served = 0;
    let servedAfterDown = 0;
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const { status, body } = await pull(PULL).catch((error: unknown) => ({ status: 0, body: { errors: [String(error)] } as { errors: unknown[]; data?: any } }));
        if (status !== 200 || body.errors || body.data?.latestRelease?.version !== '2026.2') failures.push(body.errors ?? status);
        served++;
        if (replicaState().state === ReplicaState.DOWN) servedAfterDown++;
        // Bounded: enough after the replica is gone to show every pull still succeeds, then stop.
        if (servedAfterDown >= 40) stop = true;
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, worker));
    await eventually(() => served >= 40);
    await cluster.replica.stop('immediate');
    await load;

    expect(failures).toEqual([]);
    expect(servedAfterDown).toBeGreaterThanOrEqual(40);
    const ready = await fetch(graphql.replace('/graphql', '/health/ready'));
    expect(ready.status).toBe(200);
    const health = (await ready.json()) as any;
    expect(health.status).toBe('ready');
    expect(health.checks.replicas).toEqual([expect.objectContaining({ state: ReplicaState.DOWN, problem: expect.any(String) })]);
    // TypeORM's split has no such fallback: with its slave gone it does not even start.
    await expect(typeormReplication().initialize()).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});
