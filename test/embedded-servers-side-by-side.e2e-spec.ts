import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { anyFreePort, DEFAULT_EMBEDDED_POSTGRES_PORT } from '@concord/shared/config';
import { startEmbeddedDatabase } from '@concord/shared/db';
import {
  gql,
  postmaster,
  runCli,
  RunningConcord,
  signIn,
  spawnConcord,
  startConcord,
  stopConcord,
  stopOrphanedPostmaster,
} from './support/concord-process';

const CCL = 'db/seeds/data/us-ccl-2026-07-23/ccl.json';
/** Printed by Node for a stack trace: an expected start failure or a refusal must never print one. */
const STACK_FRAME = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

/**
 * The embedded default on one machine: several Concords, each with its own data directory, its own HTTP port and its
 * own embedded PostgreSQL, started by `npm start`'s entry point, with the CLI beside each.
 */
describe('Concords side by side on the embedded default', () => {
  const dataDirs: string[] = [];
  const started: RunningConcord[] = [];
  const freshDataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-side-'));
    dataDirs.push(dir);
    return dir;
  };
  const start = async (env: Record<string, string>) => {
    const running = await startConcord(freshDataDir(), env);
    started.push(running);
    return running;
  };

  // Two Concords with EMBEDDED_POSTGRES_PORT=0, shared by the tests that need one running.
  let a: RunningConcord;
  let b: RunningConcord;
  beforeAll(async () => {
    [a, b] = await Promise.all([start({ EMBEDDED_POSTGRES_PORT: '0' }), start({ EMBEDDED_POSTGRES_PORT: '0' })]);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(started.map(stopConcord));
    for (const dir of dataDirs) {
      await stopOrphanedPostmaster(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  /** Up, able to reach its database, and signing people in. */
  async function expectServing(concord: RunningConcord): Promise<void> {
    const health = await fetch(`${concord.baseUrl}/health/ready`);
    expect({ status: health.status, body: await health.json() }).toMatchObject({ status: 200, body: { status: 'ready', checks: { database: 'ok', migrations: 'ok' } } });
    const me = await gql(concord.graphqlUrl, '{ me { kind } }', await signIn(concord.graphqlUrl));
    expect(me.data.me.kind).toBe('USER');
  }

  /** The CLI, on the same data directory, joins the server that Concord owns, on whatever port that server has. */
  async function expectCliJoins(concord: RunningConcord, cliEnv: Record<string, string>): Promise<void> {
    const server = postmaster(concord.dataDir)!;
    const out = join(concord.dataDir, 'export.json');
    const exported = await runCli({ CONCORD_DATA_DIR: concord.dataDir, CONCORD_DEBUG_DB: '1', ...cliEnv }, 'export', '--version', '2026.0', '--out', out);
    expect(exported.output).toContain(`Using the embedded PostgreSQL already started by process ${concord.process.child.pid} on port ${server.port}`);
    expect(exported).toMatchObject({ status: 0, output: expect.stringMatching(/Wrote release 2026\.0 \(\d+ entries\)/) });
    expect(postmaster(concord.dataDir)).toEqual(server);
  }

  const releaseVersions = async (concord: RunningConcord) =>
    (await gql(concord.graphqlUrl, '{ releases(first: 10) { edges { node { version } } } }', await signIn(concord.graphqlUrl))).data.releases.edges.map(
      (edge: { node: { version: string } }) => edge.node.version,
    );

  it('with EMBEDDED_POSTGRES_PORT=0: two embedded servers on ports of their own, each API and CLI on its own database', async () => {
    await Promise.all([expectServing(a), expectServing(b)]);
    expect(postmaster(a.dataDir)!.port).not.toBe(postmaster(b.dataDir)!.port);
    expect(a.baseUrl).not.toBe(b.baseUrl);

    await expectCliJoins(a, { EMBEDDED_POSTGRES_PORT: '0' });
    await expectCliJoins(b, { EMBEDDED_POSTGRES_PORT: '0' });

    // What the CLI writes through A's data directory is in A's database, which A's API serves, and nowhere else.
    const imported = await runCli({ CONCORD_DATA_DIR: a.dataDir, EMBEDDED_POSTGRES_PORT: '0' }, 'import', CCL, '--codes', '4A005', '--version', '2026.1');
    expect(imported).toMatchObject({ status: 0, output: expect.stringContaining('Imported release 2026.1 (published)') });
    expect(await releaseVersions(a)).toEqual(expect.arrayContaining(['2026.0', '2026.1']));
    expect(await releaseVersions(b)).toEqual(['2026.0']);
    const missing = await runCli({ CONCORD_DATA_DIR: b.dataDir }, 'export', '--version', '2026.1', '--out', join(b.dataDir, 'none.json'));
    expect(missing).toMatchObject({ status: 1, output: expect.stringContaining('Release 2026.1 does not exist') });
  }, 120_000);

  it('with two explicit EMBEDDED_POSTGRES_PORTs: each embedded server on exactly its port; a taken port is refused by name', async () => {
    const first = await anyFreePort('127.0.0.1');
    let second = await anyFreePort('127.0.0.1');
    while (second === first) second = await anyFreePort('127.0.0.1');
    const [c, d] = await Promise.all([start({ EMBEDDED_POSTGRES_PORT: String(first) }), start({ EMBEDDED_POSTGRES_PORT: String(second) })]);
    await Promise.all([expectServing(c), expectServing(d)]);
    expect([postmaster(c.dataDir)!.port, postmaster(d.dataDir)!.port]).toEqual([first, second]);
    // The CLI finds the running server through the data directory, whatever EMBEDDED_POSTGRES_PORT it is given.
    await expectCliJoins(c, { EMBEDDED_POSTGRES_PORT: String(first) });
    await expectCliJoins(d, {});

    // A third Concord on another data directory, asked for C's database port: refused, naming the port and the setting.
    const third = spawnConcord({ PORT: '0', CONCORD_DATA_DIR: freshDataDir(), EMBEDDED_POSTGRES_PORT: String(first) });
    expect(await third.exited).toBe(1);
    expect(third.output()).toContain(`Concord could not start (PORT_IN_USE): port ${first} (EMBEDDED_POSTGRES_PORT) is already in use`);
    expect(third.output()).toContain('set EMBEDDED_POSTGRES_PORT to a free port');
    expect(third.output()).not.toMatch(STACK_FRAME);
    await expectServing(c);
  }, 300_000);

  it('with nothing but CONCORD_DATA_DIR and PORT set: the default database port when free, any free port when it is held', async () => {
    const [e, f] = await Promise.all([start({}), start({})]);
    await Promise.all([expectServing(e), expectServing(f)]);
    const ports = [postmaster(e.dataDir)!.port, postmaster(f.dataDir)!.port];
    expect(ports[0]).not.toBe(ports[1]);
    // One of them has the default port, unless another Concord on this machine held it already.
    expect(ports.filter((port) => port === DEFAULT_EMBEDDED_POSTGRES_PORT).length).toBeLessThanOrEqual(1);
    await Promise.all([stopConcord(e), stopConcord(f)]);
  }, 300_000);

  it('a second Concord on an HTTP port already in use exits non-zero, naming the port and PORT, without a stack', async () => {
    const running = a;
    const port = new URL(running.baseUrl).port;
    const second = spawnConcord({ PORT: port, CONCORD_DATA_DIR: freshDataDir(), EMBEDDED_POSTGRES_PORT: '0' });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`Concord could not start (PORT_IN_USE): port ${port} (PORT) is already in use on 127.0.0.1`);
    expect(second.output()).toContain('set PORT to a free port');
    expect(second.output()).not.toMatch(STACK_FRAME);
    await expectServing(running);
  }, 120_000);

  it('an unusable data directory and an unreachable DATABASE_URL are named, with what to check, without a stack', async () => {
    const file = join(freshDataDir(), 'a-file');
    writeFileSync(file, '');
    const unwritable = spawnConcord({ PORT: '0', CONCORD_DATA_DIR: join(file, 'data') });
    expect(await unwritable.exited).toBe(1);
    expect(unwritable.output()).toContain(`Concord could not start (DATA_DIR_NOT_WRITABLE): the data directory ${join(file, 'data')} (CONCORD_DATA_DIR)`);
    expect(unwritable.output()).not.toMatch(STACK_FRAME);

    const nobodyListens = await anyFreePort('127.0.0.1');
    const unreachable = spawnConcord({ PORT: '0', CONCORD_DATA_DIR: freshDataDir(), DATABASE_URL: `postgres://concord:s3cret@127.0.0.1:${nobodyListens}/concord` });
    expect(await unreachable.exited).toBe(1);
    expect(unreachable.output()).toContain(
      `Concord could not start (DATABASE_UNREACHABLE): cannot connect to PostgreSQL at 127.0.0.1:${nobodyListens}, database "concord" (DATABASE_URL): connection refused`,
    );
    expect(unreachable.output()).not.toContain('s3cret');
    expect(unreachable.output()).not.toMatch(STACK_FRAME);

    const misconfigured = spawnConcord({ PORT: 'eighty', EMBEDDED_POSTGRES_PORT: '-1', CONCORD_DATA_DIR: freshDataDir() });
    expect(await misconfigured.exited).toBe(1);
    expect(misconfigured.output()).toContain('EMBEDDED_POSTGRES_PORT must be an integer between 0 and 65535, got "-1"');
    expect(misconfigured.output()).toContain('PORT must be an integer between 0 and 65535, got "eighty"');
  }, 120_000);

  it('logs a refused request as exactly one WARN line without a stack, and an internal error as an ERROR with its stack', async () => {
    const running = b;
    const log = running.process;
    const before = log.output().length;
    const refused = await gql(running.graphqlUrl, 'mutation SignIn { login(input: { email: "nobody@example.org", password: "a-wrong-password" }) { accessToken } }');
    expect(refused.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    // A second, different refusal marks the end of what the first one logged.
    await gql(running.graphqlUrl, 'query Marker { apiClients { totalCount } }');
    await log.waitFor(/query Marker refused/, before, 10_000);
    const since = log.output(before);
    const refusalLog = since.slice(0, since.lastIndexOf('\n', since.indexOf('query Marker refused')) + 1);
    expect(refusalLog.match(/^.*\b(WARN|ERROR)\b.*$/gm)).toEqual([expect.stringMatching(/WARN \[GraphQL\] mutation SignIn refused: UNAUTHENTICATED\/INVALID_CREDENTIALS at login$/)]);
    expect(refusalLog).not.toMatch(STACK_FRAME);
    expect(log.output()).not.toContain('a-wrong-password');

    // A table renamed behind the server's back: the client sees INTERNAL only, the log has the error and its stack.
    const database = await startEmbeddedDatabase({ dataDir: running.dataDir });
    const sql = new Client({ connectionString: database.databaseUrl('concord') });
    await sql.connect();
    try {
      await sql.query('ALTER TABLE api_client RENAME TO api_client_hidden');
      const token = await signIn(running.graphqlUrl);
      const from = log.output().length;
      const failed = await gql(running.graphqlUrl, 'query Clients { apiClients { totalCount } }', token);
      expect(failed.errors).toEqual([{ message: 'Internal server error', path: ['apiClients'], extensions: { code: 'INTERNAL', reason: 'INTERNAL' } }]);
      await log.waitFor(/ERROR \[GraphQL\] query Clients failed at apiClients: QueryFailedError: relation "api_client" does not exist\n\s+at /, from, 10_000);
      // Once: Nest's own exception handler, which ran first, did not log it too.
      expect(log.output(from)).not.toContain('ExceptionsHandler');
    } finally {
      await sql.query('ALTER TABLE api_client_hidden RENAME TO api_client');
      await sql.end();
      await database.stop();
    }
  }, 120_000);
});
