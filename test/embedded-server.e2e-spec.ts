import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const PASSWORD = 'embedded-test-password';

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** `npm start` as a user runs it (the same entry point), on its own data directory. */
function startConcord(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, ['scripts/run-ts.js', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      NODE_ENV: 'development',
      PORT: '0',
      CONCORD_DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: '0',
      DEMO_PASSWORD: PASSWORD,
      PASSWORD_HASH_COST: '4',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Concord did not start in time:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Concord is running: (http:\/\/\S+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Concord exited with ${code}:\n${output}`));
    });
  });
}

/** `npm run concord -- …` on the same data directory. */
function concord(dataDir: string, ...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/run-ts.js', 'apps/cli/src/main.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], CONCORD_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function gql(url: string, query: string, token?: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

async function signIn(url: string): Promise<string> {
  const body = await gql(url, `mutation { login(input: { email: "secretariat@example.org", password: "${PASSWORD}" }) { accessToken } }`);
  return body.data.login.accessToken;
}

function postmasterPid(dataDir: string): number | undefined {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

describe('the embedded default: npm start on a fresh machine', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-embedded-'));
  let running: Started | undefined;
  afterAll(async () => {
    running?.child.kill('SIGKILL');
    const pid = postmasterPid(dataDir);
    if (pid && alive(pid)) process.kill(pid, 'SIGINT');
    await new Promise((done) => setTimeout(done, 1000));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with demo data, survives kill -9 with its data, shares its database with the CLI, and stops cleanly on SIGTERM', async () => {
    running = await startConcord(dataDir);
    expect(running.output()).toContain('secretariat@example.org');
    const token = await signIn(running.url);
    const created = await gql(running.url, 'mutation { createParticipatingState(input: { code: "SE", name: "Sweden" }) { code } }', token);
    expect(created.data.createParticipatingState.code).toBe('SE');

    // kill -9: Node gets no chance to stop PostgreSQL, which is left running as an orphan.
    const orphan = postmasterPid(dataDir)!;
    running.child.kill('SIGKILL');
    await exited(running.child);
    expect(alive(orphan)).toBe(true);

    running = await startConcord(dataDir);
    expect(alive(orphan)).toBe(false);
    const states = await gql(running.url, '{ participatingStates { code } }', await signIn(running.url));
    expect(states.data.participatingStates.map((s: { code: string }) => s.code)).toEqual(
      ['AU', 'CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'KR', 'NL', 'SE', 'US'],
    );

    // The CLI joins the database the running API owns, and leaves it running.
    const postmaster = postmasterPid(dataDir)!;
    const whileRunning = concord(dataDir, 'export', '--version', '2026.0', '--format', 'json', '--out', join(dataDir, 'while-running.json'));
    expect(whileRunning).toMatchObject({ status: 0 });
    expect(whileRunning.output).toMatch(/Wrote release 2026\.0 \(\d+ entries\)/);
    expect(alive(postmaster)).toBe(true);

    running.child.kill('SIGTERM');
    expect(await exited(running.child)).toBe(0);
    running = undefined;
    expect(alive(postmaster)).toBe(false);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    // With the API stopped, the CLI starts the embedded database itself and stops it again when done.
    const stopped = concord(dataDir, 'export', '--version', '2026.0', '--format', 'json', '--out', join(dataDir, 'while-stopped.json'));
    expect(stopped).toMatchObject({ status: 0 });
    expect(readFileSync(join(dataDir, 'while-stopped.json'), 'utf8')).toBe(readFileSync(join(dataDir, 'while-running.json'), 'utf8'));
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 240_000);
});
