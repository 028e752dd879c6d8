import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as WsClient, createClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { anyFreePort } from '@concord/shared/config';
import { createTestDatabase, TestDatabase } from '@concord/shared/testing';
import { ConcordProcess, PASSWORD, spawnConcord } from './support/concord-process';
import { eventually } from './support/eventually';
import { CREATE_PROPOSAL, inHours, justification, OPEN_BALLOT, reachDeadline, SUBMIT_PROPOSAL } from './support/fixtures';
import { describeWhen } from './support/describe-when';
import { graceFor, RunningHaproxy, ServerState } from './support/haproxy';
import { findProgram, requireProgram } from './support/programs';
import { SmtpReceiver } from './support/smtp-receiver';
import { INSTALL_REDIS, TEST_REDIS_URL_ENV } from './support/test-redis';

/** HAProxy's check interval; each instance stays unready a little longer than HAProxy takes to see it when told to stop. */
const CHECK_INTERVAL_MS = 250;
const SHUTDOWN_GRACE_MS = graceFor(CHECK_INTERVAL_MS);
/** How soon what happens on one instance must be seen on the other. */
const ACROSS_INSTANCES_MS = 1_000;
const LOAD_WORKERS = 8;

type Credential = { bearer: string } | { apiKey: string };

interface GraphQLAnswer {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

async function graphql(baseUrl: string, query: string, variables: Record<string, unknown> = {}, credential?: Credential): Promise<GraphQLAnswer> {
  const authorization = credential && ('bearer' in credential ? `Bearer ${credential.bearer}` : `ApiKey ${credential.apiKey}`);
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as object) };
  } catch {
    // Not Concord's answer (HAProxy's error page, say): what it was is the failure's message.
    return { status: response.status, errors: [{ message: text.slice(0, 200) }] };
  }
}

/** The data of an answer that must have succeeded; its errors otherwise, in the failure message. */
async function data(baseUrl: string, query: string, variables: Record<string, unknown> = {}, credential?: Credential): Promise<any> {
  const answer = await graphql(baseUrl, query, variables, credential);
  if (answer.errors?.length || answer.status !== 200) throw new Error(`${query} failed on ${baseUrl}: ${answer.status} ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

const signIn = async (baseUrl: string, email: string): Promise<Credential> => ({
  bearer: (await data(baseUrl, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: PASSWORD } })).login.accessToken,
});

const PULL = 'query Pull($version: String!) { release(version: $version) { version entryCount } }';
const READ = 'query States { participatingStates { code } }';

/** One API process on a port of its own that stays the same across restarts (HAProxy's configuration names it). */
class Instance {
  process?: ConcordProcess;
  readonly url: string;
  private readonly previousOutput: string[] = [];

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}/graphql`;
  }

  async start(): Promise<void> {
    this.process = spawnConcord({ ...this.env, PORT: String(this.port) });
    await this.process.waitFor(/GraphQL API: http:\/\/\S+\/graphql/);
  }

  /** SIGTERM, as an orchestrator sends it; the API drains and exits 0. */
  async stop(): Promise<void> {
    const running = this.process;
    if (!running || running.child.exitCode !== null) return;
    running.child.kill('SIGTERM');
    const code = await running.exited;
    this.previousOutput.push(running.output());
    if (code !== 0) throw new Error(`${this.name} exited with ${code}:\n${running.output()}`);
  }

  output(): string {
    return [...this.previousOutput, this.process?.output() ?? ''].join('\n--- restarted ---\n');
  }
}

/** Collects what a subscription receives, and how its connection closed and reconnected. */
function subscriber(url: string, authorization: string, query: string, retry: boolean) {
  const received: Record<string, any>[] = [];
  const closes: number[] = [];
  let connections = 0;
  const client: WsClient = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization },
    lazy: false,
    retryAttempts: retry ? Number.MAX_SAFE_INTEGER : 0,
    // A restart's 1012 is a reason to reconnect at once: HAProxy already sends new connections to the other instance.
    retryWait: async () => undefined,
    shouldRetry: () => retry,
    onNonLazyError: () => undefined,
    on: {
      connected: () => (connections += 1),
      closed: (event) => closes.push((event as { code: number }).code),
    },
  });
  client.subscribe({ query }, { next: (value) => received.push((value.data ?? {}) as Record<string, any>), error: () => undefined, complete: () => undefined });
  return { client, received, closes, connections: () => connections };
}

/**
 * Two API processes on one PostgreSQL database and one Redis, behind a real HAProxy: what is issued on one works on
 * the other, limits and background work hold across both, what one publishes or revokes reaches the other within a
 * second, and a rolling restart under load loses no request.
 */
describeWhen(
  Boolean(findProgram('haproxy') && process.env[TEST_REDIS_URL_ENV]),
  'two API instances behind HAProxy',
  'This suite needs HAProxy and a Redis (none answers, and no redis-server could be started).',
  `sudo apt-get install -y haproxy; ${INSTALL_REDIS}`,
  () => {
  let database: TestDatabase;
  let a: Instance;
  let b: Instance;
  let haproxy: RunningHaproxy | undefined;
  let smtp: SmtpReceiver | undefined;
  let hooks: Server | undefined;
  const hookBodies: string[] = [];
  const sockets: WsClient[] = [];
  const dataDirs: string[] = [];
  let secretariat: Credential;
  let jp: Credential;
  let machine: { id: string; apiKey: string };

  const sql = async <T = any>(text: string, values: unknown[] = []): Promise<T[]> => {
    const client = new PgClient({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(text, values)).rows as T[];
    } finally {
      await client.end();
    }
  };

  const createApiClient = async (name: string) => {
    const [{ id: stateId }] = await sql(`SELECT id FROM participating_state WHERE code = 'JP'`);
    const { createApiClient } = await data(a.url, 'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey apiClient { id } } }', {
      input: { stateId, name, scopes: ['RELEASES_READ'] },
    }, secretariat);
    return { id: createApiClient.apiClient.id as string, apiKey: createApiClient.apiKey as string };
  };

  beforeAll(async () => {
    // Both are required, not optional: without them this test would prove nothing, so it fails and says why.
    const redisUrl = process.env[TEST_REDIS_URL_ENV];
    if (!redisUrl) throw new Error(`This test needs Redis: none answers on REDIS_URL or 127.0.0.1:6379, and no redis-server could be started. Install it: ${INSTALL_REDIS}`);

    database = await createTestDatabase();
    smtp = new SmtpReceiver();
    const smtpUrl = await smtp.start();
    hooks = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        hookBodies.push(body);
        response.statusCode = 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => hooks!.listen(0, '127.0.0.1', resolve));

    // What an operator gives every instance alike: the database, Redis, and the same secrets and signing key.
    const shared = {
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      EVENTS_CHANNEL_PREFIX: `concord-test-${randomBytes(6).toString('hex')}`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      SECOND_FACTOR_KEY: randomBytes(32).toString('hex'),
      SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
      SHUTDOWN_GRACE_MS: String(SHUTDOWN_GRACE_MS),
      BALLOT_SCHEDULER_INTERVAL_MS: '100',
      MAIL_POLL_MS: '50',
      WEBHOOK_POLL_MS: '50',
      SMTP_URL: smtpUrl,
      // Long, so that a subscription closing on revocation is the revocation's event at work, not the periodic check.
      SOCKET_RECHECK_MS: '600000',
      TRUST_PROXY: 'loopback',
      MAX_CONNECTIONS_PER_ADDRESS: '0',
      CONCORD_SEED_NEGOTIATION: 'false',
    };
    const ports: number[] = [];
    const instance = async (name: string) => {
      const dataDir = mkdtempSync(join(tmpdir(), `concord-${name}-`));
      dataDirs.push(dataDir);
      // Nothing listens on the first port yet, so the OS may offer it again.
      let port = await anyFreePort('127.0.0.1');
      while (ports.includes(port)) port = await anyFreePort('127.0.0.1');
      ports.push(port);
      return new Instance(name, port, { ...shared, CONCORD_DATA_DIR: dataDir });
    };
    a = await instance('a');
    b = await instance('b');
    // One after the other: the first seeds the demo regime and the baseline list, the second finds them there.
    await a.start();
    await b.start();
    haproxy = await RunningHaproxy.start([a, b].map((i) => ({ name: i.name, port: i.port })), CHECK_INTERVAL_MS);
    await haproxy.waitFor('a', ServerState.UP);
    await haproxy.waitFor('b', ServerState.UP);

    secretariat = await signIn(a.url, 'secretariat@example.org');
    jp = await signIn(b.url, 'delegate.jp@example.org');
    machine = await createApiClient('METI licensing');
  }, 300_000);

  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await haproxy?.stop();
    await Promise.allSettled([a?.stop(), b?.stop()]);
    await smtp?.close();
    await new Promise((resolve) => (hooks ? hooks.close(resolve) : resolve(undefined)));
    await database?.drop();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('accepts on each instance the tokens and API keys the other issued', async () => {
    const token = await signIn(a.url, 'head.jp@example.org');
    expect((await data(b.url, '{ me { kind } }', {}, token)).me.kind).toBe('USER');
    const key = { apiKey: machine.apiKey };
    expect((await data(b.url, PULL, { version: '2026.0' }, key)).release.version).toBe('2026.0');
    const other = await signIn(b.url, 'head.us@example.org');
    expect((await data(a.url, '{ me { kind } }', {}, other)).me.kind).toBe('USER');
    expect((await data(haproxy!.url, PULL, { version: '2026.0' }, key)).release.version).toBe('2026.0');
  });

  it('holds the sign-in limits across both instances', async () => {
    const login = (instance: Instance, password: string) =>
      graphql(instance.url, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: 'head.fr@example.org', password } });
    // Five wrong guesses, spread over both: the account's free failures, counted once in PostgreSQL.
    for (const instance of [a, b, a, b, a]) expect((await login(instance, 'not-the-password')).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    for (const instance of [b, a]) expect((await login(instance, PASSWORD)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('closes each ballot past its deadline exactly once, with both schedulers sweeping', async () => {
    const ballotIds: string[] = [];
    for (const code of ['5A001', '4A005', '4A980']) {
      const { latestRelease } = await data(b.url, 'query ($code: String!) { latestRelease { entry(code: $code) { code heading reasons paragraphs { path kind text } } } }', { code }, jp);
      const entry = latestRelease.entry;
      const { createProposal } = await data(b.url, CREATE_PROPOSAL, {
        input: {
          title: `Add HR to ${code}`,
          rationale: 'Needed for the regime.',
          justification,
          changes: [{ kind: 'AMEND_ENTRY', code, entry: { ...entry, status: 'ACTIVE', reasons: [...new Set([...entry.reasons, 'HR'])], references: [], definitions: [], correlations: [] } }],
        },
      }, jp);
      await data(b.url, SUBMIT_PROPOSAL, { input: { proposalId: createProposal.id } }, jp);
      const { openBallot } = await data(a.url, OPEN_BALLOT, { input: { proposalId: createProposal.id, rule: 'SILENCE', closesAt: inHours(1) } }, secretariat);
      ballotIds.push(openBallot.id);
    }
    for (const id of ballotIds) await reachDeadline(database.url, id);

    await eventually(async () => (await sql(`SELECT count(*)::int AS n FROM ballot WHERE id = ANY($1) AND status = 'CLOSED'`, [ballotIds]))[0].n === ballotIds.length);
    const closings = await sql(`SELECT object_id, count(*)::int AS n FROM audit_event WHERE action = 'ballot.closed' AND object_id = ANY($1) GROUP BY object_id`, [ballotIds]);
    expect(closings.map((row) => row.n)).toEqual([1, 1, 1]);
    // Each decided once (which instance's scheduler got which ballot is a race, and does not matter).
    expect((await sql(`SELECT count(*)::int AS n FROM proposal WHERE status = 'ADOPTED'`))[0].n).toBe(3);
  });

  it('publishes on one instance: the other tells its subscribers and serves the new state within a second; one webhook call', async () => {
    const key = { apiKey: machine.apiKey };
    const { registerWebhook } = await data(b.url, 'mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }', {
      input: { url: `http://127.0.0.1:${(hooks!.address() as AddressInfo).port}/concord`, events: ['RELEASE_PUBLISHED'] },
    }, key);
    const onB = subscriber(b.wsUrl, `ApiKey ${machine.apiKey}`, 'subscription { releasePublished { version previousVersion } }', false);
    sockets.push(onB.client);
    await eventually(() => onB.connections() === 1);
    // B has the pull of 2026.0 in its cache, and remembers this key's verdict.
    const before = await graphql(b.url, PULL, { version: '2026.0' }, key);
    expect(await graphql(b.url, PULL, { version: '2026.0' }, key)).toEqual(before);
    const statusOnB = async () => (await data(b.url, '{ release(version: "2026.0") { status } latestRelease { version } }', {}, key));
    expect(await statusOnB()).toEqual({ release: { status: 'PUBLISHED' }, latestRelease: { version: '2026.0' } });
    // And a latestRelease pull, which B keeps under the version in force.
    const latestOnB = async () => (await data(b.url, '{ latestRelease { version entryCount } }', {}, key)).latestRelease.version;
    expect([await latestOnB(), await latestOnB()]).toEqual(['2026.0', '2026.0']);

    const [adopted] = await sql(`SELECT id FROM proposal WHERE status = 'ADOPTED' ORDER BY decided_at, id LIMIT 1`);
    await data(a.url, 'mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }', { input: { version: '2026.1', proposalIds: [adopted.id] } }, secretariat);
    const published = Date.now();

    await eventually(() => onB.received.length === 1, ACROSS_INSTANCES_MS);
    expect(onB.received).toEqual([{ releasePublished: { version: '2026.1', previousVersion: '2026.0' } }]);
    const settled = await eventually(async () => {
      const state = await statusOnB();
      return state.release.status === 'SUPERSEDED' && state;
    }, ACROSS_INSTANCES_MS - (Date.now() - published));
    expect(settled).toEqual({
      release: { status: 'SUPERSEDED' },
      latestRelease: { version: '2026.1' },
    });
    await eventually(async () => (await latestOnB()) === '2026.1', ACROSS_INSTANCES_MS - (Date.now() - published));
    expect((await data(b.url, PULL, { version: '2026.1' }, key)).release.version).toBe('2026.1');
    expect(await graphql(b.url, PULL, { version: '2026.0' }, key)).toEqual(before);

    // Both delivery workers poll; the delivery is claimed by one of them, and the receiver is called once.
    await eventually(async () => (await sql(`SELECT status FROM webhook_delivery WHERE webhook_id = $1`, [registerWebhook.webhook.id]))[0]?.status === 'SUCCEEDED');
    expect(await sql(`SELECT attempts FROM webhook_delivery WHERE webhook_id = $1`, [registerWebhook.webhook.id])).toEqual([{ attempts: 1 }]);
    expect(hookBodies.map((body) => JSON.parse(body).type)).toEqual(['release.published']);
  });

  it('sends each mail once, with both mail workers polling', async () => {
    const recipients = ['head.gb@example.org', 'head.it@example.org', 'head.ca@example.org'];
    for (const [i, email] of recipients.entries()) {
      await data([a, b][i % 2].url, 'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }', { input: { email } });
    }
    const outbox = () => sql(`SELECT recipient, status, attempts, last_error FROM mail_outbox WHERE recipient = ANY($1) AND category = 'password_reset'`, [recipients]);
    await eventually(async () => (await outbox()).filter((row) => row.status === 'SENT').length === 3).catch(async (error) => {
      throw new Error(`${error.message}: ${JSON.stringify(await outbox())}\n${a.output()}\n${b.output()}`);
    });
    const resets = smtp!.mails.filter((mail) => recipients.some((email) => mail.to.includes(email)) && mail.subject === 'Reset your Concord password');
    expect(resets.map((mail) => recipients.find((email) => mail.to.includes(email))).sort()).toEqual([...recipients].sort());
  });

  it('stops honouring a revoked API key on the other instance within a second, cached pulls included', async () => {
    const revocable = await createApiClient('Customs');
    const key = { apiKey: revocable.apiKey };
    const first = await graphql(b.url, PULL, { version: '2026.0' }, key);
    expect(first.errors).toBeUndefined();
    // Served from B's cache now, on a verdict B remembers for this key.
    expect(await graphql(b.url, PULL, { version: '2026.0' }, key)).toEqual(first);

    await data(a.url, 'mutation ($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { id } }', { input: { id: revocable.id } }, secretariat);
    const refused = await eventually(async () => {
      const answer = await graphql(b.url, PULL, { version: '2026.0' }, key);
      return answer.errors && answer;
    }, ACROSS_INSTANCES_MS);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
  });

  it('closes on the other instance, within a second, the subscription of a person deactivated on one', async () => {
    const email = 'delegate.fr@example.org';
    const token = await signIn(b.url, email);
    const onB = subscriber(b.wsUrl, `Bearer ${(token as { bearer: string }).bearer}`, 'subscription { proposalEvents { type } }', false);
    sockets.push(onB.client);
    await eventually(() => onB.connections() === 1);
    expect((await data(b.url, PULL, { version: '2026.0' }, token)).release.version).toBe('2026.0');

    const [{ id }] = await sql(`SELECT id FROM app_user WHERE email = $1`, [email]);
    await data(a.url, 'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { active } }', { input: { id, active: false } }, secretariat);
    await eventually(() => onB.closes.length === 1, ACROSS_INSTANCES_MS);
    expect(onB.closes).toEqual([4403]);
    expect((await graphql(b.url, PULL, { version: '2026.0' }, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('restarts one instance after the other under load without a failed request; subscriptions reconnect', async () => {
    const key = { apiKey: machine.apiKey };
    const reader = await signIn(haproxy!.url, 'delegate.jp@example.org');
    const failures: string[] = [];
    let sent = 0;
    let running = true;
    const worker = async (n: number) => {
      while (running) {
        const [query, variables, credential] = (sent + n) % 2 ? [READ, {}, reader] : [PULL, { version: '2026.0' }, key];
        sent += 1;
        try {
          const answer = await graphql(haproxy!.url, query, variables, credential);
          if (answer.status !== 200 || answer.errors) failures.push(`${answer.status} ${JSON.stringify(answer.errors)}`);
        } catch (error) {
          failures.push(`${(error as Error).message}: ${((error as Error).cause as Error | undefined)?.message ?? ''}`);
        }
      }
    };
    const load = Array.from({ length: LOAD_WORKERS }, (_, n) => worker(n));
    const live = subscriber(haproxy!.url.replace(/^http/, 'ws') + '/graphql', `ApiKey ${machine.apiKey}`, 'subscription { releasePublished { version } }', true);
    sockets.push(live.client);
    await eventually(() => live.connections() === 1);

    try {
      for (const instance of [a, b]) {
        const sentBefore = sent;
        await instance.stop();
        await haproxy!.waitFor(instance.name, ServerState.DOWN);
        await instance.start();
        await haproxy!.waitFor(instance.name, ServerState.UP);
        // Traffic kept flowing while it was away.
        expect(sent).toBeGreaterThan(sentBefore + LOAD_WORKERS);
      }
    } finally {
      running = false;
      await Promise.all(load);
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(100);

    // The subscription was on one of the two: it was told to reconnect (1012), and did, to the instance still up.
    expect(live.closes).toContain(1012);
    expect(live.closes.every((code) => code === 1012)).toBe(true);
    await eventually(() => live.connections() === live.closes.length + 1);
  }, 180_000);
  },
);

describe('the programs a system test needs', () => {
  it('are named with how to install them when a test that got as far as starting one finds it missing', () => {
    expect(() => requireProgram('concord-no-such-program', 'sudo apt-get install -y concord-no-such-program')).toThrow(
      'This test needs concord-no-such-program, which is not installed (looked on PATH and in /usr/local/sbin, /usr/sbin, /sbin). Install it: sudo apt-get install -y concord-no-such-program',
    );
  });
});
