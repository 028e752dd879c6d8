import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anyFreePort } from '@concord/shared/config';
import { ConcordProcess, PASSWORD, spawnConcord } from './support/concord-process';
import { describeWhen } from './support/describe-when';
import { eventually } from './support/eventually';
import { CAST_POSITION, CLOSE_BALLOT, CREATE_PROPOSAL, inHours, justification, OPEN_BALLOT, SUBMIT_PROPOSAL } from './support/fixtures';
import { graceFor, RunningHaproxy, ServerState } from './support/haproxy';
import { INSTALL_NGINX, RunningNginx, startEdgeNginx } from './support/nginx';
import { findProgram } from './support/programs';
import { ReplicaCluster, startReplicaCluster } from './support/replica-cluster';
import { SmtpReceiver } from './support/smtp-receiver';
import { INSTALL_REDIS, TEST_REDIS_URL_ENV } from './support/test-redis';

const CHECK_INTERVAL_MS = 250;
/** An instance's start (schema, seeds' checks) slows to minutes when the machine's cores are shared with other test runs. */
const START_TIMEOUT_MS = 240_000;
/** Per kind of client: document pulls at the edge, GraphQL pulls at the edge, negotiations at HAProxy. */
const LOOPS = 2;
const PULL = '{ release(version: "2026.0") { digest document } }';
const PUBLISH = 'mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }';
const ENTRY = 'query ($code: String!) { latestRelease { entry(code: $code) { code heading reasons paragraphs { path kind text } } } }';

async function data(url: string, query: string, variables: Record<string, unknown> = {}, authorization?: string): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = (() => {
    try {
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: text.slice(0, 200) }] };
    }
  })();
  if (response.status !== 200 || body.errors?.length) throw new Error(`${query.slice(0, 60)}… answered ${response.status} ${JSON.stringify(body.errors)}`);
  return body.data;
}

const signIn = async (url: string, email: string) =>
  `Bearer ${(await data(url, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: PASSWORD } })).login.accessToken}`;

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * Everything DESIGN promises beyond one machine, at once, on this one: a PostgreSQL primary and a streaming replica,
 * Redis, two API processes behind HAProxy, the nginx edge in front. Under concurrent pulls and negotiations both
 * instances restart in turn, the replica dies and a release is published: no request fails, every pull verifies, the
 * edge serves its copy, and each webhook delivery and mail arrives once.
 */
describeWhen(
  Boolean(findProgram('haproxy') && findProgram('nginx') && process.env[TEST_REDIS_URL_ENV]),
  'the whole topology on one machine',
  'HAProxy, nginx or Redis is missing (none answers on REDIS_URL or 127.0.0.1:6379, and no redis-server could be started).',
  `sudo apt-get install -y haproxy; ${INSTALL_NGINX}; ${INSTALL_REDIS}`,
  () => {
  let cluster: ReplicaCluster;
  let haproxy: RunningHaproxy | undefined;
  let nginx: RunningNginx | undefined;
  let smtp: SmtpReceiver | undefined;
  let hooks: Server | undefined;
  const instances: { name: string; port: number; dataDir: string; process?: ConcordProcess }[] = [];
  const deliveryIds: string[] = [];
  let env: Record<string, string>;

  const sql = <T = any>(text: string, values: unknown[] = []) => cluster.primary.query<T>(text, values, 'concord');

  const start = async (instance: (typeof instances)[number]) => {
    instance.process = spawnConcord({ ...env, PORT: String(instance.port), CONCORD_DATA_DIR: instance.dataDir });
    await instance.process.waitFor(/GraphQL API: http:\/\/\S+\/graphql/, 0, START_TIMEOUT_MS);
  };
  const stop = async (instance: (typeof instances)[number]) => {
    const running = instance.process;
    if (!running || running.child.exitCode !== null) return;
    running.child.kill('SIGTERM');
    const code = await running.exited;
    if (code !== 0) throw new Error(`${instance.name} exited with ${code}:\n${running.output()}`);
  };

  beforeAll(async () => {
    cluster = await startReplicaCluster();
    await cluster.primary.query('CREATE DATABASE concord');
    smtp = new SmtpReceiver();
    const smtpUrl = await smtp.start();
    hooks = createServer((request, response) => {
      deliveryIds.push(String(request.headers['concord-delivery']));
      request.resume().on('end', () => response.writeHead(204).end());
    });
    await new Promise<void>((resolve) => hooks!.listen(0, '127.0.0.1', resolve));

    env = {
      DATABASE_URL: cluster.primary.url('concord'),
      DATABASE_REPLICA_URLS: cluster.replica.url('concord'),
      REPLICA_POLL_MS: '100',
      REDIS_URL: process.env[TEST_REDIS_URL_ENV]!,
      EVENTS_CHANNEL_PREFIX: `concord-topology-${randomBytes(6).toString('hex')}`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      SECOND_FACTOR_KEY: randomBytes(32).toString('hex'),
      SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
      SHUTDOWN_GRACE_MS: String(graceFor(CHECK_INTERVAL_MS)),
      MAIL_POLL_MS: '50',
      WEBHOOK_POLL_MS: '50',
      SMTP_URL: smtpUrl,
      TRUST_PROXY: 'loopback',
      MAX_CONNECTIONS_PER_ADDRESS: '0',
      CONCORD_SEED_NEGOTIATION: 'false',
      ANONYMOUS_RELEASE_READS: 'true',
    };
    for (const name of ['one', 'two']) {
      let port = await anyFreePort('127.0.0.1');
      while (instances.some((other) => other.port === port)) port = await anyFreePort('127.0.0.1');
      instances.push({ name, port, dataDir: mkdtempSync(join(tmpdir(), `concord-topology-${name}-`)) });
    }
    // One after the other: the first migrates and seeds the demo regime and baseline, the second finds them there.
    for (const instance of instances) await start(instance);
    haproxy = await RunningHaproxy.start(instances, CHECK_INTERVAL_MS);
    for (const instance of instances) await haproxy.waitFor(instance.name, ServerState.UP);
    nginx = await startEdgeNginx(haproxy.url.replace('http://', ''));
  }, 300_000);

  afterAll(async () => {
    await nginx?.stop();
    await haproxy?.stop();
    await Promise.allSettled(instances.map(stop));
    await smtp?.close();
    await new Promise((resolve) => (hooks ? hooks.close(resolve) : resolve(undefined)));
    await cluster?.destroy();
    for (const instance of instances) rmSync(instance.dataDir, { recursive: true, force: true });
  }, 60_000);

  it('loses no request, verifies every pull, serves from the edge and delivers once, while both instances restart in turn and the replica dies', async () => {
    const api = haproxy!.url;
    const secretariat = await signIn(api, 'secretariat@example.org');
    const [{ id: stateId }] = await sql(`SELECT id FROM participating_state WHERE code = 'JP'`);
    const { createApiClient } = await data(api, 'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId, name: 'METI licensing', scopes: ['RELEASES_READ'] },
    }, secretariat);
    const apiKey = `ApiKey ${createApiClient.apiKey}`;
    await data(api, 'mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }', {
      input: { url: `http://127.0.0.1:${(hooks!.address() as AddressInfo).port}/concord`, events: ['RELEASE_PUBLISHED'] },
    }, apiKey);
    const [{ digest }] = await sql(`SELECT d.digest FROM release_document d JOIN release r ON r.id = d.release_id WHERE r.version = '2026.0'`);

    // What is published mid-load: a proposal adopted beforehand, on an entry the negotiations under load leave alone.
    const jp = await signIn(api, 'delegate.jp@example.org');
    const amend = async (code: string, author: string) => {
      const { latestRelease } = await data(api, ENTRY, { code }, author);
      const entry = latestRelease.entry;
      const change = { kind: 'AMEND_ENTRY', code, entry: { ...entry, status: 'ACTIVE', reasons: [...new Set([...entry.reasons, 'HR'])], references: [], definitions: [], correlations: [] } };
      const { createProposal } = await data(api, CREATE_PROPOSAL, { input: { title: `Add HR to ${code}`, rationale: 'Needed for the regime.', justification, changes: [change] } }, author);
      await data(api, SUBMIT_PROPOSAL, { input: { proposalId: createProposal.id } }, author);
      return createProposal.id as string;
    };
    const adopted = await amend('5A001', jp);
    const { openBallot: silence } = await data(api, OPEN_BALLOT, { input: { proposalId: adopted, rule: 'SILENCE', closesAt: inHours(1) } }, secretariat);
    await data(api, CLOSE_BALLOT, { input: { ballotId: silence.id } }, secretariat);

    const failures: string[] = [];
    const done = { documents: 0, hits: 0, graphql: 0, negotiations: 0 };
    let attempts = 0;
    let running = true;
    const loop = (what: keyof typeof done, step: () => Promise<void>) => async () => {
      while (running) {
        attempts += 1;
        try {
          await step();
          done[what] += 1;
        } catch (error) {
          failures.push(`${what}: ${(error as Error).message} ${((error as Error).cause as Error | undefined)?.message ?? ''}`);
        }
      }
    };
    const pullDocument = async () => {
      const response = await fetch(`${nginx!.url}/releases/2026.0.json`);
      const bytes = Buffer.from(await response.arrayBuffer());
      if (response.status !== 200 || sha256(bytes) !== digest) throw new Error(`document: ${response.status}, digest ${sha256(bytes)}`);
      if (response.headers.get('x-cache-status') === 'HIT') done.hits += 1;
    };
    const pullGraphql = async () => {
      const { release } = await data(nginx!.url, PULL, {}, apiKey);
      if (release.digest !== digest || sha256(release.document) !== digest) throw new Error(`GraphQL pull: digest ${release.digest}, document ${sha256(release.document)}`);
    };
    const negotiate = (state: string, code: string) => {
      let delegate: string | undefined;
      let head: string | undefined;
      return async () => {
        delegate ??= await signIn(api, `delegate.${state}@example.org`);
        head ??= await signIn(api, `head.${state}@example.org`);
        const proposalId = await amend(code, delegate);
        const { openBallot } = await data(api, OPEN_BALLOT, { input: { proposalId, rule: 'CONSENSUS', closesAt: inHours(1) } }, secretariat);
        await data(api, CAST_POSITION, { input: { ballotId: openBallot.id, position: 'SUPPORT' } }, head);
      };
    };
    const load = [
      ...Array.from({ length: LOOPS }, () => loop('documents', pullDocument)),
      ...Array.from({ length: LOOPS }, () => loop('graphql', pullGraphql)),
      loop('negotiations', negotiate('us', '4A005')),
      loop('negotiations', negotiate('gb', '4A980')),
    ].map((worker) => worker());

    const progressed = (since: typeof done) => eventually(() => done.documents > since.documents + 5 && done.graphql > since.graphql + 5 && done.negotiations > since.negotiations + 1, 60_000);
    try {
      await progressed({ ...done });
      // A rolling restart: one instance after the other, each back in rotation before the next goes.
      for (const instance of instances) {
        await stop(instance);
        await haproxy!.waitFor(instance.name, ServerState.DOWN);
        await start(instance);
        await haproxy!.waitFor(instance.name, ServerState.UP);
        await progressed({ ...done });
      }
      await cluster.replica.stop('immediate');
      await progressed({ ...done });
      await data(api, PUBLISH, { input: { version: '2026.1', proposalIds: [adopted] } }, secretariat);
      await eventually(async () => (await sql(`SELECT status FROM webhook_delivery`))[0]?.status === 'SUCCEEDED');
      await progressed({ ...done });
    } finally {
      running = false;
      await Promise.all(load);
    }

    // Marked sent first, then what arrived: a mail sent in between then counts as received, never as lost.
    const sent = (await sql(`SELECT id FROM mail_outbox WHERE status = 'SENT'`)).map((row) => `<${row.id}@concord>`);
    const messageIds = smtp!.mails.map((mail) => mail.messageId);
    const duplicated = (ids: unknown[]) => ids.length - new Set(ids).size;
    const serverStates = haproxy!.output().split('\n').filter((line) => /^Server .* is (DOWN|UP)/.test(line));
    console.log(
      [
        `${failures.length} failed requests of ${attempts} (${done.documents} document pulls, ${done.hits} of them edge HITs; ${done.graphql} GraphQL pulls; ${done.negotiations} negotiations)`,
        `${duplicated(deliveryIds)} duplicated webhook deliveries of ${deliveryIds.length}, ${duplicated(messageIds)} duplicated mails of ${messageIds.length}`,
        ...serverStates,
        ...(failures.length ? ['HAProxy:', haproxy!.output(), 'nginx:', nginx!.errors().split('\n').filter((line) => /\[(warn|error|crit)\]/.test(line)).join('\n')] : []),
      ].join('\n'),
    );
    expect(failures).toEqual([]);
    // HAProxy took each instance out on its 503s, while it still listened: never on a refused connection, which would
    // mean the listener closed while HAProxy was still sending it requests.
    expect(serverStates.filter((line) => line.includes('is DOWN')).length).toBeGreaterThanOrEqual(instances.length);
    expect(serverStates.filter((line) => line.includes('Connection refused'))).toEqual([]);
    expect(done.hits).toBeGreaterThan(0);
    expect(deliveryIds).toEqual((await sql(`SELECT id FROM webhook_delivery`)).map((row) => row.id));
    // Every mail marked sent arrived, and none twice (the workers of both instances poll the same outbox).
    expect(sent.length).toBeGreaterThan(0);
    expect(duplicated(messageIds)).toBe(0);
    const received = new Set(messageIds);
    expect(sent.filter((id) => !received.has(id))).toEqual([]);
  }, 600_000);
  },
);
