import { PassThrough } from 'node:stream';
import { Client as PgClient } from 'pg';
import request from 'supertest';
import { seedControlList } from '@concord/database';
import { eventually } from './support/eventually';
import { startTestApp, TestApp } from './support/test-app';

const TOKEN = 'metrics-token-for-the-test';

/** One sample of the Prometheus text format, by metric name and exact labels; 0 when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels);
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[2] ?? '').matchAll(/([a-z_]+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
    if (wanted.every(([key, value]) => present[key] === value)) return Number(match[3]);
  }
  return 0;
}

describe('metrics at /metrics and JSON request logs', () => {
  let t: TestApp;
  let apiKey: string;
  const lines: Record<string, unknown>[] = [];
  const http = () => request(t.app.getHttpServer());
  const scrape = async () => {
    const response = await http().get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    return response.text;
  };

  beforeAll(async () => {
    const log = new PassThrough();
    let pending = '';
    log.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop()!;
      lines.push(...complete.map((line) => JSON.parse(line) as Record<string, unknown>));
    });
    t = await startTestApp({ METRICS_ENABLED: 'true', METRICS_TOKEN: TOKEN, LOG_FORMAT: 'json' }, { logDestination: log });
    await seedControlList(t.app);
    const [{ id: jp }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    const secretariat = await t.as('secretariat@example.org');
    ({ createApiClient: { apiKey } } = await secretariat.data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId: jp, name: 'Customs', scopes: ['RELEASES_READ'] },
    }));
  });
  afterAll(() => t.close());

  it('answers /metrics only with its bearer token', async () => {
    expect((await http().get('/metrics')).status).toBe(401);
    expect((await http().get('/metrics').set('authorization', 'Bearer not-the-token')).status).toBe(401);
    const response = await http().get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    for (const family of [
      'concord_http_requests_total',
      'concord_http_request_duration_seconds',
      'concord_graphql_operations_total',
      'concord_graphql_operation_duration_seconds',
      'concord_db_pool_connections',
      'concord_queue_depth',
      'concord_ballots_open',
      'concord_cache_lookups_total',
      'concord_cache_hit_ratio',
    ]) {
      expect(response.text).toContain(`# TYPE ${family} `);
    }
  });

  it('counts and times GraphQL operations by name and type, with their outcome', async () => {
    const operation = { operation: 'States', type: 'query', outcome: 'ok' };
    const before = await scrape();
    const states = await t.as('delegate.jp@example.org');
    await states.data('query States { participatingStates { code } }');
    await states.data('query States { participatingStates { code } }');
    await http().post('/graphql').send({ query: 'query Broken { noSuchField }' });
    const after = await scrape();
    expect(sample(after, 'concord_graphql_operations_total', operation) - sample(before, 'concord_graphql_operations_total', operation)).toBe(2);
    expect(sample(after, 'concord_graphql_operations_total', { operation: 'Broken', outcome: 'error' })).toBe(1);
    const timed = { operation: 'States', type: 'query' };
    expect(sample(after, 'concord_graphql_operation_duration_seconds_count', timed) - sample(before, 'concord_graphql_operation_duration_seconds_count', timed)).toBe(2);
  });

  it('counts downloads by route, and the hits and misses of the document and pull-response caches', async () => {
    const route = { method: 'GET', route: '/releases/:file', status: '200' };
    const document = (result: string) => ({ cache: 'release_document', result });
    const response = (result: string) => ({ cache: 'release_response', result });
    // The import that made 2026.0 had every instance (this one) read and compress its document: no download waits for it.
    await eventually(async () => sample(await scrape(), 'concord_release_documents_prepared_total') >= 1);
    const before = await scrape();
    for (let i = 0; i < 3; i++) expect((await http().get('/releases/2026.0.json').set('x-api-key', apiKey)).status).toBe(200);
    // Missed, missed and kept (a response is kept from its second miss on), hit.
    for (let i = 0; i < 3; i++) {
      const pulled = await http().post('/graphql').set('x-api-key', apiKey).send({ query: 'query Pull { release(version: "2026.0") { version } }' });
      expect(pulled.body).toEqual({ data: { release: { version: '2026.0' } } });
    }
    const after = await scrape();
    const moved = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect(moved('concord_http_requests_total', route)).toBe(3);
    expect(moved('concord_http_request_duration_seconds_count', { method: 'GET', route: '/releases/:file' })).toBe(3);
    expect(moved('concord_cache_lookups_total', document('miss'))).toBe(0);
    expect(moved('concord_cache_lookups_total', document('hit'))).toBe(3);
    expect(moved('concord_cache_lookups_total', response('miss'))).toBe(2);
    expect(moved('concord_cache_lookups_total', response('hit'))).toBe(1);
    expect(sample(after, 'concord_cache_hit_ratio', { cache: 'release_document' })).toBe(1);
  });

  it('reads the pool, the queues and the open ballots when scraped', async () => {
    const before = await scrape();
    expect(sample(before, 'concord_db_pool_connections', { pool: 'primary', state: 'total' })).toBeGreaterThan(0);
    const [{ open }] = await t.db.query(`SELECT count(*)::int AS open FROM ballot WHERE status = 'OPEN'`);
    expect(sample(before, 'concord_ballots_open')).toBe(open);
    // Due in a day, so that the mail worker leaves it pending.
    await t.db.query(
      `INSERT INTO mail_outbox (recipient, category, subject, text_body, html_body, locale, next_attempt_at)
       VALUES ('someone@example.org', 'notification', 'Queued', 'text', '<p>html</p>', 'en', now() + interval '1 day')`,
    );
    const after = await scrape();
    expect(sample(after, 'concord_queue_depth', { queue: 'mail_outbox' }) - sample(before, 'concord_queue_depth', { queue: 'mail_outbox' })).toBe(1);
    const [{ pending }] = await t.db.query(`SELECT count(*)::int AS pending FROM webhook_delivery WHERE status = 'PENDING'`);
    expect(sample(after, 'concord_queue_depth', { queue: 'webhook_delivery' })).toBe(pending);
  });

  it('writes one JSON line per request with its request id, the caller\'s or a new one, echoed back', async () => {
    const given = await http().get('/releases/2026.0.json').set('x-api-key', apiKey).set('x-request-id', 'edge-4711');
    expect(given.headers['x-request-id']).toBe('edge-4711');
    const generated = await http().post('/graphql').set('x-api-key', apiKey).send({ query: 'query Pull { release(version: "2026.0") { version } }' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    // An id that could not go safely into a header, a log or SQL is replaced.
    expect((await http().get('/health/live').set('x-request-id', "x'; DROP TABLE ballot; --")).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    await eventually(() => lines.some((line) => line['requestId'] === generated.headers['x-request-id']));
    expect(lines.filter((line) => line['requestId'] === 'edge-4711')).toEqual([
      expect.objectContaining({ level: 30, msg: 'request', method: 'GET', path: '/releases/2026.0.json', route: '/releases/:file', status: 200 }),
    ]);
    expect(lines.find((line) => line['requestId'] === generated.headers['x-request-id'])).toMatchObject({
      route: '/graphql',
      status: 200,
      operation: 'query Pull',
      durationMs: expect.any(Number),
    });
  });

  it('names the request\'s transaction after its request id in pg_stat_activity.application_name', async () => {
    const [{ id: jp, name }] = await t.db.query(`SELECT id, name FROM participating_state WHERE code = 'JP'`);
    const blocker = new PgClient({ connectionString: t.database.url });
    // Its own session: within the blocker's transaction, pg_stat_activity would keep showing one snapshot.
    const observer = new PgClient({ connectionString: t.database.url });
    await Promise.all([blocker.connect(), observer.connect()]);
    try {
      // Reads go on; the update's SELECT … FOR UPDATE, inside its transaction, waits.
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE participating_state IN EXCLUSIVE MODE');
      const answered = http()
        .post('/graphql')
        .set('authorization', `Bearer ${await t.tokenFor('secretariat@example.org')}`)
        .set('x-request-id', 'rename-jp-1')
        .send({ query: 'mutation ($input: UpdateParticipatingStateInput!) { updateParticipatingState(input: $input) { name } }', variables: { input: { id: jp, name } } })
        .then((response) => response);
      await eventually(async () => {
        const { rows } = await observer.query(`SELECT application_name, wait_event_type FROM pg_stat_activity WHERE datname = current_database()`);
        return rows.some((row) => row.application_name === 'concord rename-jp-1' && row.wait_event_type === 'Lock');
      });
      await blocker.query('COMMIT');
      const response = await answered;
      expect(response.body).toEqual({ data: { updateParticipatingState: { name } } });
      // SET LOCAL ended with the transaction: the pooled connection is back under the pool's name.
      const { rows } = await observer.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE 'concord %'`);
      expect(rows[0].n).toBe(0);
    } finally {
      await Promise.all([blocker.end(), observer.end()]);
    }
  });
});
