import { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import request from 'supertest';
import WebSocket from 'ws';
import { drainAndClose } from '@concord/api';
import { OpenSockets } from '@concord/events';
import { eventually } from './support/eventually';
import { startTestApp, TestApp } from './support/test-app';

describe('health checks for the balancer, and a shutdown that loses no request', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    // The last test closed the app itself; only the database is left to drop.
    if (t.app.getHttpServer().listening) await t.app.close();
    await t.database.drop();
  });

  it('is live and ready, with each check named', async () => {
    expect((await request(t.app.getHttpServer()).get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await request(t.app.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', events: 'ok', shutdown: 'no', replicas: [] } });
    expect((await request(t.app.getHttpServer()).get('/health')).status).toBe(200);
  });

  it('is not ready while a migration this build knows is missing from the database', async () => {
    const [{ name }] = await t.db.query(`SELECT name FROM schema_migration ORDER BY id DESC LIMIT 1`);
    const [[row]] = await t.db.query(`DELETE FROM schema_migration WHERE name = $1 RETURNING id, timestamp, name`, [name]);
    try {
      const ready = await request(t.app.getHttpServer()).get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ status: 'not ready', checks: { database: 'ok', migrations: `failed: 1 migration(s) not applied: ${name}` } });
      expect((await request(t.app.getHttpServer()).get('/health/live')).status).toBe(200);
    } finally {
      await t.db.query(`INSERT INTO schema_migration (id, timestamp, name) VALUES ($1, $2, $3)`, [row.id, row.timestamp, row.name]);
    }
  });

  it('on shutdown turns unready, tells subscribers to reconnect, finishes the request in flight, then stops', async () => {
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const closes: number[] = [];
    const socket = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await t.tokenFor('delegate.jp@example.org')}` },
      lazy: false,
      retryAttempts: 0,
      // The close is what this test waits for; graphql-ws would print it as an error of a non-lazy client.
      onNonLazyError: () => undefined,
      on: { closed: (event) => closes.push((event as { code: number }).code) },
    });
    socket.subscribe({ query: 'subscription { proposalEvents { type } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await eventually(() => t.app.get(OpenSockets).size === 1);

    // A request held in flight by a lock another session keeps on the table it reads.
    const blocker = new PgClient({ connectionString: t.database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE participating_state IN ACCESS EXCLUSIVE MODE');
    const inFlight = request(t.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${await t.tokenFor('delegate.jp@example.org')}`)
      .send({ query: '{ participatingStates { code } }' });
    const answered = inFlight.then((response) => response);
    await eventually(async () => (await blocker.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = 'participating_state'::regclass`)).rows[0].n === 1);

    const stopped = drainAndClose(t.app, 0);
    await eventually(() => !t.app.getHttpServer().listening);
    await eventually(() => closes.length === 1);
    expect(closes).toEqual([1012]);
    // Nothing new is taken once the listener is closed.
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();

    await blocker.query('COMMIT');
    await blocker.end();
    const response = await answered;
    expect(response.body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(response.body.data.participatingStates.length).toBeGreaterThan(0);
    await stopped;
  });
});

describe('a shutdown behind a balancer slow to notice it', () => {
  const GRACE_MS = 1500;
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    if (t.app.getHttpServer().listening) await t.app.close();
    await t.database.drop();
  });

  it('takes requests as long as they keep coming, keeping no connection alive, and closes its listener once they stop', async () => {
    const url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const stopped = drainAndClose(t.app, GRACE_MS);
    expect((await fetch(`${url}/health/ready`)).status).toBe(503);
    // Past the grace, back to back: what HAProxy sends until its checks have seen enough 503s.
    const until = Date.now() + 2 * GRACE_MS;
    while (Date.now() < until) {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
      expect(response.headers.get('connection')).toBe('close');
    }
    expect(t.app.getHttpServer().listening).toBe(true);
    await stopped;
    expect(t.app.getHttpServer().listening).toBe(false);
  });
});
