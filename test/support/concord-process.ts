import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
export const PASSWORD = 'embedded-test-password';
const START_TIMEOUT_MS = 120_000;
const ANSI = /\x1b\[[0-9;]*m/g;

/** What every spawned Concord gets: the machine's PATH and HOME, fast password hashing, nothing else inherited. */
const BASE_ENV = {
  PATH: process.env['PATH'] ?? '',
  HOME: process.env['HOME'] ?? '',
  NODE_ENV: 'development',
  DEMO_PASSWORD: PASSWORD,
  PASSWORD_HASH_COST: '4',
};

/** A Concord process as `npm start` runs it (the same entry point), and everything it printed, colours removed. */
export class ConcordProcess {
  private printed = '';
  readonly exited: Promise<number | null>;

  constructor(readonly child: ChildProcess) {
    const collect = (chunk: Buffer) => (this.printed += chunk.toString().replace(ANSI, ''));
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  output(from = 0): string {
    return this.printed.slice(from);
  }

  /** Resolves with the first match once the process has printed it; fails if it exits or the time runs out first. */
  async waitFor(pattern: RegExp, from = 0, timeoutMs = START_TIMEOUT_MS): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs;
    let exitCode: number | null | undefined;
    void this.exited.then((code) => (exitCode = code));
    for (;;) {
      const match = pattern.exec(this.output(from));
      if (match) return match;
      if (exitCode !== undefined) throw new Error(`Concord exited with ${exitCode} before printing ${pattern}:\n${this.output()}`);
      if (Date.now() > deadline) throw new Error(`Concord did not print ${pattern} within ${timeoutMs} ms:\n${this.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export function spawnConcord(env: Record<string, string>): ConcordProcess {
  const child = spawn(process.execPath, ['scripts/run-ts.js', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: { ...BASE_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new ConcordProcess(child);
}

export interface RunningConcord {
  process: ConcordProcess;
  /** http://localhost:PORT */
  baseUrl: string;
  graphqlUrl: string;
  dataDir: string;
}

/** Starts Concord on its own data directory and waits for its banner, which it prints once it answers. */
export async function startConcord(dataDir: string, env: Record<string, string> = {}): Promise<RunningConcord> {
  const started = spawnConcord({ PORT: '0', CONCORD_DATA_DIR: dataDir, ...env });
  const [, graphqlUrl] = await started.waitFor(/GraphQL API: (http:\/\/\S+\/graphql)/);
  return { process: started, graphqlUrl, baseUrl: graphqlUrl.replace(/\/graphql$/, ''), dataDir };
}

/** SIGTERM, then the exit code once it has stopped the database cleanly. */
export async function stopConcord(running: RunningConcord | undefined): Promise<number | null> {
  if (!running) return null;
  if (running.process.child.exitCode === null) running.process.child.kill('SIGTERM');
  return running.process.exited;
}

/** `npm run concord -- …`, asynchronously, so that the API processes' output keeps flowing meanwhile. */
export function runCli(env: Record<string, string>, ...args: string[]): Promise<{ status: number | null; output: string }> {
  const child = spawn(process.execPath, ['scripts/run-ts.js', 'apps/cli/src/main.ts', ...args], {
    cwd: ROOT,
    env: { ...BASE_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, output })));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The CLI as an operator runs it: a separate process, with this test process's environment, pointed at a database
 * through DATABASE_URL; standard output and error kept apart, for commands whose output is read as JSON.
 */
export function concordCli(databaseUrl: string, ...args: string[]): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['scripts/run-ts.js', 'apps/cli/src/main.ts', ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export async function gql(url: string, query: string, token?: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

export async function signIn(url: string, email = 'secretariat@example.org'): Promise<string> {
  const body = await gql(url, `mutation SignIn { login(input: { email: "${email}", password: "${PASSWORD}" }) { accessToken } }`);
  if (!body.data?.login) throw new Error(`Sign-in failed: ${JSON.stringify(body)}`);
  return body.data.login.accessToken;
}

/** The embedded server's pid and port, from the `postmaster.pid` PostgreSQL keeps in the cluster directory. */
export function postmaster(dataDir: string): { pid: number; port: number } | undefined {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops a postmaster a failed test may have orphaned, so no PostgreSQL outlives the test run. */
export async function stopOrphanedPostmaster(dataDir: string): Promise<void> {
  const server = postmaster(dataDir);
  if (!server || !alive(server.pid)) return;
  process.kill(server.pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (alive(server.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}
