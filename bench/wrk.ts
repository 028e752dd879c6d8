import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a body carries NONCE, each request gets its own value there, so no two requests are the same. */
export const NONCE = '__BENCH_NONCE__';

export interface LoadRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadSettings {
  seconds: number;
  connections: number;
  threads: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number };
  /** Responses with a status of 400 or more (wrk's "Non-2xx or 3xx responses"). */
  non2xx: number;
  socketErrors: number;
  /** wrk's own CPU time (user + system) over the cores it was given (its threads) for the run, in percent. */
  clientCpuPercent: number;
}

/** wrk cannot be found: the bench says what to install rather than failing on a spawn error. */
export function checkWrk(): void {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (error) {
    // wrk --version prints its usage and exits 1: only a missing binary is a failure.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('wrk is not installed: the bench drives its load with wrk (Debian/Ubuntu: apt-get install wrk)');
    }
  }
}

/**
 * One wrk run. wrk is written in C and parses only headers and lengths, so unlike a Node load generator it is not
 * what limits the rate of large answers; its CPU is measured anyway (bash's `times` after it prints the children's
 * user and system time), so a run where it was the bottleneck says so. Method, headers and body go through a
 * generated Lua script, wrk's only way to send a body.
 */
export async function runWrk(request: LoadRequest, settings: LoadSettings): Promise<LoadResult> {
  const directory = mkdtempSync(join(tmpdir(), 'concord-bench-'));
  try {
    const script = join(directory, 'request.lua');
    writeFileSync(script, luaScript(request));
    // wrk's default timeout (2 s) would drop the slowest answers from the latencies and count them as errors.
    const timeout = `${Math.max(10, 2 * settings.seconds)}s`;
    const args = ['-t', String(settings.threads), '-c', String(settings.connections), '-d', `${settings.seconds}s`, '--timeout', timeout, '--latency', '-s', script, request.url];
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile('bash', ['-c', 'wrk "$@" || exit $?; times', 'bash', ...args], { maxBuffer: 4 * 1024 * 1024 }, (error, out, stderr) => {
        if (error) return reject(new Error(`wrk failed (${error.message.trim()}): ${stderr.trim() || out.trim()}`));
        resolve(out);
      });
    });
    return parseWrk(stdout, settings);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * A Lua string literal of any bytes: decimal escapes for everything outside printable ASCII, three digits each so a
 * digit after one is not read as part of it.
 */
function luaString(text: string): string {
  let literal = '"';
  for (const byte of Buffer.from(text, 'utf8')) {
    literal += byte >= 0x20 && byte < 0x7f && byte !== 0x22 && byte !== 0x5c ? String.fromCharCode(byte) : `\\${String(byte).padStart(3, '0')}`;
  }
  return `${literal}"`;
}

let runs = 0;

function luaScript(request: LoadRequest): string {
  const lines = [`wrk.method = ${luaString(request.method ?? 'GET')}`];
  for (const [name, value] of Object.entries(request.headers ?? {})) lines.push(`wrk.headers[${luaString(name)}] = ${luaString(value)}`);
  const body = request.body ?? '';
  const nonce = body.indexOf(NONCE);
  if (nonce < 0) {
    if (request.body !== undefined) lines.push(`wrk.body = ${luaString(body)}`);
    return `${lines.join('\n')}\n`;
  }
  // Each thread has a Lua state of its own: setup, run in the main one, numbers them so nonces never repeat within
  // a run; the run's own number keeps them from repeating across runs, where the server would have seen them twice
  // already and answer from its response cache (which the "executed every time" cases would then measure).
  const [before, after] = [body.slice(0, nonce) + `${process.pid}.${++runs}-`, body.slice(nonce + NONCE.length)];
  return `${lines.join('\n')}
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end
local before, after, sent = ${luaString(before)}, ${luaString(after)}, 0
function request()
  sent = sent + 1
  return wrk.format(nil, nil, nil, before .. thread_number .. "-" .. sent .. after)
end
`;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function milliseconds(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  if (!match) throw new Error(`wrk printed a latency I cannot read: ${text}`);
  return Number(match[1]) * UNIT_MS[match[2]];
}

/** wrk's text report (there is no machine-readable one without a Lua `done` hook), then the two lines of `times`. */
export function parseWrk(stdout: string, settings: LoadSettings): LoadResult {
  const field = (pattern: RegExp): string => {
    const match = pattern.exec(stdout);
    if (!match) throw new Error(`wrk's output lacks ${pattern}:\n${stdout}`);
    return match[1];
  };
  const percentile = (p: number) => milliseconds(field(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm')));
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
  const socketErrors = socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0;
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0);
  // `times`: the shell's own user and system time, then its children's (wrk's), as 0m1.234s 0m0.567s.
  const times = [...stdout.matchAll(/^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/gm)];
  if (times.length < 2) throw new Error(`bash's times did not print wrk's CPU time:\n${stdout}`);
  const [, userMinutes, userSeconds, systemMinutes, systemSeconds] = times[times.length - 1];
  const cpuSeconds = Number(userMinutes) * 60 + Number(userSeconds) + Number(systemMinutes) * 60 + Number(systemSeconds);
  const runSeconds = Number(field(/requests in ([\d.]+)s/));
  return {
    requestsPerSecond: Number(field(/^Requests\/sec:\s+([\d.]+)/m)),
    latencyMs: { p50: percentile(50), p90: percentile(90), p99: percentile(99) },
    non2xx,
    socketErrors,
    clientCpuPercent: (100 * cpuSeconds) / (runSeconds * settings.threads),
  };
}
