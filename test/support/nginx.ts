import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './eventually';
import { requireProgram } from './programs';

const ROOT = join(__dirname, '..', '..');
/** The configuration operators deploy (docs/operations.md, "An edge cache"): the test runs that very file. */
export const EDGE_TEMPLATE = join(ROOT, 'deploy', 'nginx', 'concord-edge.conf.template');

/** How nginx is installed, for a test that finds it missing. */
export const INSTALL_NGINX = 'sudo apt-get install -y nginx-light';

/** A port the OS says is free now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The template with its `${CONCORD_…}` placeholders filled, as envsubst would; a placeholder left unfilled is an error. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{(CONCORD_[A-Z_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${EDGE_TEMPLATE} uses \${${name}}, which the test does not fill`);
    return value;
  });
}

export interface RunningNginx {
  url: string;
  /** What nginx wrote to its error log. */
  errors(): string;
  stop(): Promise<void>;
}

/**
 * The edge template in front of `upstream` (host:port), in nginx's foreground under a temporary prefix: its pid, logs,
 * cache and temporary files all there, so it runs without root and leaves nothing behind. Resolves once it proxies.
 */
export async function startEdgeNginx(upstream: string): Promise<RunningNginx> {
  const binary = requireProgram('nginx', INSTALL_NGINX);
  const dir = mkdtempSync(join(tmpdir(), 'concord-edge-'));
  // Run as root, nginx's workers drop to `nobody`, which must reach the directories nginx creates for them in here.
  chmodSync(dir, 0o755);
  for (const sub of ['cache', 'temp']) mkdirSync(join(dir, sub));
  const port = await freePort();
  writeFileSync(
    join(dir, 'concord-edge.conf'),
    renderTemplate(readFileSync(EDGE_TEMPLATE, 'utf8'), {
      CONCORD_EDGE_LISTEN: `127.0.0.1:${port}`,
      CONCORD_UPSTREAM: upstream,
      CONCORD_EDGE_CACHE_DIR: join(dir, 'cache'),
    }),
  );
  const temp = (name: string) => join(dir, 'temp', name);
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'master_process on;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} info;`,
      'events { worker_connections 256; }',
      'http {',
      `  access_log ${join(dir, 'access.log')};`,
      `  client_body_temp_path ${temp('client_body')};`,
      `  proxy_temp_path ${temp('proxy')};`,
      `  fastcgi_temp_path ${temp('fastcgi')};`,
      `  uwsgi_temp_path ${temp('uwsgi')};`,
      `  scgi_temp_path ${temp('scgi')};`,
      `  include ${join(dir, 'concord-edge.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const errors = () => {
    try {
      return readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  let output = '';
  const child: ChildProcess = spawn(binary, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await eventually(async () => {
      if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${output}${errors()}`);
      return fetch(`${url}/health/live`).then((response) => response.ok, () => false);
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, errors, stop };
}
