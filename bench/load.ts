import { execFile } from 'node:child_process';
import { join } from 'node:path';

export interface LoadRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  seconds: number;
  connections: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

const AUTOCANNON = join(__dirname, '..', 'node_modules', 'autocannon', 'autocannon.js');

/**
 * autocannon in its own process, so the load generator never shares an event loop with the server it measures.
 * 304s count as successes on the ETag path (autocannon counts them as non-2xx, hence --expectBody is not used).
 */
export function load(request: LoadRequest): Promise<LoadResult> {
  const args = [AUTOCANNON, '--json', '--connections', String(request.connections), '--duration', String(request.seconds), '--method', request.method ?? 'GET'];
  for (const [name, value] of Object.entries(request.headers ?? {})) args.push('--headers', `${name}=${value}`);
  if (request.body !== undefined) args.push('--body', request.body);
  args.push(request.url);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      const result = JSON.parse(stdout) as { requests: { average: number }; latency: { p99: number }; non2xx: number; errors: number };
      resolve({ requestsPerSecond: result.requests.average, p99Ms: result.latency.p99, non2xx: result.non2xx, errors: result.errors });
    });
  });
}
