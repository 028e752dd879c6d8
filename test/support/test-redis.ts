import { spawn, ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import Redis from 'ioredis';

export const TEST_REDIS_URL_ENV = 'CONCORD_TEST_REDIS_URL';
export const INSTALL_REDIS = 'sudo apt-get install -y redis-server';

export interface TestRedis {
  url: string;
  /** Where it came from, for the run's log. */
  origin: string;
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // A refused probe is an answer (no), not an error to print.
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * The Redis the cross-instance event tests use: REDIS_URL or the machine's own on 6379 when one answers, else a
 * throw-away `redis-server` of the machine's on a free port (nothing kept on disk). Null when there is neither, so
 * the tests that need it are reported skipped instead of passing having done nothing.
 */
export async function startTestRedis(): Promise<TestRedis | null> {
  for (const url of [process.env['REDIS_URL'], 'redis://127.0.0.1:6379'].filter((u): u is string => Boolean(u))) {
    if (await answers(url)) return { url, origin: `the Redis at ${url}`, stop: async () => undefined };
  }
  return spawnRedisServer();
}

/** A `redis-server` of this machine's on a free loopback port, or null when there is none. */
export async function spawnRedisServer(): Promise<TestRedis | null> {
  const port = await freePort();
  let child: ChildProcess;
  try {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
  } catch {
    return null;
  }
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100 && !(await answers(url)); attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!(await answers(url))) {
    child.kill();
    return null;
  }
  return {
    url,
    origin: `a redis-server started for the tests on port ${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
