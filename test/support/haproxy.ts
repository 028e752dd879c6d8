import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anyFreePort } from '@concord/shared/config';
import { eventually } from './eventually';
import { requireProgram } from './programs';

export interface Backend {
  name: string;
  port: number;
}

export enum ServerState {
  UP = 'UP',
  DOWN = 'DOWN',
}

export const CHECK_FALL = 3;
export const CHECK_TIMEOUT_MS = 2_000;

/**
 * How long an instance told to stop must have received nothing but checks (SHUTDOWN_GRACE_MS) before its listener
 * closes: `fall` failed checks, one interval apart, when they are answered at once. Under load they are answered late,
 * and requests keep arriving, which keeps the listener open until HAProxy has acted on the third 503.
 */
export const graceFor = (checkIntervalMs: number) => (CHECK_FALL + 1) * checkIntervalMs;

/** What the test and docs/operations.md both use, so that the documented configuration is the one proven here. */
export function haproxyConfig(options: { bindPort: number; backends: Backend[]; statsSocket?: string; checkIntervalMs: number }): string {
  return [
    'global',
    '  maxconn 4096',
    '  log stdout format raw local0',
    ...(options.statsSocket ? [`  stats socket ${options.statsSocket} mode 600 level admin`] : []),
    '',
    'defaults',
    '  mode http',
    '  log global',
    '  option httplog',
    '  option dontlog-normal',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    // A WebSocket, once upgraded, is a tunnel: subscriptions stay open for hours without a byte either way.
    '  timeout tunnel 1h',
    '  timeout client-fin 5s',
    '  timeout http-request 10s',
    // How long a client's idle connection is kept. A client that reuses connections must give them up sooner (the nginx
    // edge does after 3 s), or it may send a request on one HAProxy is closing, which it cannot safely resend.
    '  timeout http-keep-alive 10s',
    `  timeout check ${CHECK_TIMEOUT_MS}ms`,
    // A request that could not reach an instance (it was just stopped) is sent to another one instead of failing.
    // Only a failed connection is retried: the request never arrived. Retrying later failures could run a mutation twice.
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure',
    // A connection per request to the instances: none is left idle on an instance that is about to close its listener.
    '  option http-server-close',
    '',
    'frontend concord',
    `  bind 127.0.0.1:${options.bindPort}`,
    '  option forwardfor',
    '  default_backend concord_api',
    '',
    'backend concord_api',
    '  balance roundrobin',
    // Ready means: database reachable, migrations applied, Redis up, not draining. 503 while a SIGTERM drains.
    '  option httpchk GET /health/ready',
    '  http-check expect status 200',
    // Down after `fall` failed checks, not one: an instance busy with a burst (or a neighbour starting) may answer a
    // check late without being unwell. Up again after one good check.
    `  default-server inter ${options.checkIntervalMs}ms fastinter ${options.checkIntervalMs}ms downinter ${options.checkIntervalMs}ms rise 1 fall ${CHECK_FALL}`,
    ...options.backends.map((backend) => `  server ${backend.name} 127.0.0.1:${backend.port} check`),
    '',
  ].join('\n');
}

/** HAProxy in the foreground (`-db`), its configuration and admin socket in a temporary directory. */
export class RunningHaproxy {
  private printed = '';
  readonly exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    private readonly statsSocket: string,
    readonly url: string,
  ) {
    child.stdout!.on('data', (chunk: Buffer) => (this.printed += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.printed += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static async start(backends: Backend[], checkIntervalMs: number): Promise<RunningHaproxy> {
    const program = requireProgram('haproxy', 'sudo apt-get install -y haproxy');
    const dir = mkdtempSync(join(tmpdir(), 'concord-haproxy-'));
    const statsSocket = join(dir, 'admin.sock');
    const bindPort = await anyFreePort('127.0.0.1');
    const config = join(dir, 'haproxy.cfg');
    writeFileSync(config, haproxyConfig({ bindPort, backends, statsSocket, checkIntervalMs }));
    const child = spawn(program, ['-db', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    const running = new RunningHaproxy(child, dir, statsSocket, `http://127.0.0.1:${bindPort}`);
    let exitCode: number | null | undefined;
    void running.exited.then((code) => (exitCode = code));
    await eventually(async () => {
      if (exitCode !== undefined) throw new Error(`haproxy exited with ${exitCode}:\n${running.printed}`);
      return (await running.states().catch(() => undefined)) !== undefined;
    }, 10_000);
    return running;
  }

  output(): string {
    return this.printed;
  }

  /** Each server's state as HAProxy's health checks see it, from `show stat` on the admin socket. */
  async states(): Promise<Record<string, string>> {
    const csv = await new Promise<string>((resolve, reject) => {
      let answer = '';
      const socket = createConnection(this.statsSocket, () => socket.end('show stat\n'));
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
    const [header, ...rows] = csv.replace(/^# /, '').trim().split('\n');
    const columns = header.split(',');
    const [proxy, server, status] = ['pxname', 'svname', 'status'].map((name) => columns.indexOf(name));
    const states: Record<string, string> = {};
    for (const row of rows.map((line) => line.split(','))) {
      if (row[proxy] === 'concord_api' && row[server] !== 'BACKEND') states[row[server]] = row[status];
    }
    return states;
  }

  /** Waits until HAProxy's own checks have the server in `state` (UP: it sends it traffic again). */
  async waitFor(server: string, state: ServerState, timeoutMs = 30_000): Promise<void> {
    await eventually(async () => (await this.states())[server]?.startsWith(state), timeoutMs).catch(async () => {
      throw new Error(`HAProxy did not see ${server} ${state} within ${timeoutMs} ms: ${JSON.stringify(await this.states())}\n${this.printed}`);
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
    await this.exited;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
