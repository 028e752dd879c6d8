import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListDocument } from '@concord/control-list';
import { spread, Spread } from './measure';
import { LoadRequest, LoadSettings, NONCE, runWrk } from './wrk';

const ROOT = join(__dirname, '..');
const PEAK_RSS_MARK = 'CONCORD_BENCH_PEAK_RSS_KB=';
const STARTED_BANNER = 'Concord is running';
const MIB = 1024;

/**
 * What a user's machine sees of Concord as a process, which the in-process cases cannot show: `npm start`'s own
 * entry point on the embedded PostgreSQL, from an empty data directory and then warm, its resident memory idle and
 * at its peak under the full pull, and the CLI import's peak memory.
 */
export interface ProcessFigure {
  id: string;
  title: string;
  value: string;
  target: string;
  met: boolean;
}

interface RunningApi {
  child: ChildProcess;
  url: string;
  millisecondsToFirstAnswer: number;
}

const SETTING_FREE_ENV = ['DATABASE_URL', 'DATABASE_REPLICA_URLS', 'REDIS_URL', 'TEST_DATABASE_URL', 'PORT', 'CONCORD_DATA_DIR'];

function cleanEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of SETTING_FREE_ENV) if (!(name in extra)) delete env[name];
  return env;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** The time from spawning the API to its first GraphQL answer: the banner says it listens, one query proves it serves. */
async function startApi(dataDir: string, port: number, extra: Record<string, string> = {}): Promise<RunningApi> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['scripts/run-ts.js', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: cleanEnvironment({ CONCORD_DATA_DIR: dataDir, PORT: String(port), ANONYMOUS_RELEASE_READS: 'true', MAX_CONNECTIONS_PER_ADDRESS: '0', ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listening = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes(STARTED_BANNER)) resolve();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`The API exited with ${code} before it listened:\n${output.slice(-2000)}`)));
  });
  await listening;
  const url = `http://127.0.0.1:${port}`;
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ latestRelease { version } }' }),
  });
  const body = (await response.json()) as { data?: { latestRelease?: { version: string } } };
  if (!body.data?.latestRelease?.version) throw new Error(`The first answer had no release: ${JSON.stringify(body)}`);
  return { child, url, millisecondsToFirstAnswer: Number(process.hrtime.bigint() - started) / 1e6 };
}

async function stopApi(api: RunningApi): Promise<void> {
  const exited = once(api.child, 'exit');
  api.child.kill('SIGTERM');
  await exited;
}

/** Kilobytes from /proc: VmRSS now, VmHWM the peak since the process started. */
function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((row) => row.startsWith(`${field}:`));
  if (!line) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(line.split(/\s+/)[1]);
}

/** Pages of 500 entries one request may hold: the server refuses more than 15 aliases (QUERY_LIMITS). */
const MAX_PAGES = 15;

interface FullPull {
  request: LoadRequest;
  entries: number;
}

/**
 * As many entries of the latest release as one request may ask for (all 633 of the CCL; of a longer list, the pages
 * its cost limit allows), executed on every call (the nonce defeats the response cache). The request is sent once and
 * its answer checked before it is used for load: a refused one would measure the refusal.
 */
async function fullPullRequest(url: string): Promise<FullPull> {
  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: any; errors?: { extensions?: { reason?: string } }[] };
  };
  const cursors: string[] = [];
  for (let after: string | null = null; ; ) {
    const { data } = await post('query ($after: String) { latestRelease { entries(first: 500, after: $after) { edges { cursor } pageInfo { endCursor hasNextPage } } } }', { after });
    cursors.push(...data.latestRelease.entries.edges.map((edge: { cursor: string }) => edge.cursor));
    if (!data.latestRelease.entries.pageInfo.hasNextPage) break;
    after = data.latestRelease.entries.pageInfo.endCursor;
  }
  for (let pageCount = Math.min(MAX_PAGES, Math.ceil(cursors.length / 500)); pageCount > 0; pageCount--) {
    const pages = Array.from({ length: pageCount }, (_, page) => {
      const after = page ? `, after: ${JSON.stringify(cursors[page * 500 - 1])}` : '';
      return `p${page}: entries(first: 500${after}) { edges { node { code heading status reasons paragraphs { path kind text } } } }`;
    });
    const query = `{ latestRelease { version ${pages.join(' ')} } }`;
    const answer = await post(query, { nonce: NONCE });
    if (answer.errors?.every((error) => error.extensions?.reason === 'QUERY_TOO_COSTLY')) continue;
    const entries = pages.reduce((sum, _, page) => sum + (answer.data?.latestRelease?.[`p${page}`]?.edges.length ?? 0), 0);
    if (answer.errors || entries !== Math.min(cursors.length, pageCount * 500)) throw new Error(`The full pull was not answered whole: ${JSON.stringify(answer).slice(0, 500)}`);
    return {
      request: { url: `${url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { nonce: NONCE } }) },
      entries,
    };
  }
  throw new Error('The server refuses even one page of 500 entries as too costly');
}

/** Peak resident memory of `concord import` on a list of this size, into the embedded database of a data directory. */
async function importPeakKilobytes(list: ListDocument, dataDir: string): Promise<number> {
  const directory = mkdtempSync(join(tmpdir(), 'concord-bench-import-'));
  try {
    const file = join(directory, 'list.json');
    writeFileSync(file, JSON.stringify(list));
    const child = spawn(process.execPath, ['--require', join(__dirname, 'report-peak-rss.js'), 'scripts/run-ts.js', 'apps/cli/src/main.ts', 'import', file, '--version', '2026.0'], {
      cwd: ROOT,
      env: cleanEnvironment({ CONCORD_DATA_DIR: dataDir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const [code] = (await once(child, 'exit')) as [number | null];
    const mark = output.split('\n').find((line) => line.startsWith(PEAK_RSS_MARK));
    if (code !== 0 || !mark) throw new Error(`concord import exited with ${code}:\n${output.slice(-2000)}`);
    return Number(mark.slice(PEAK_RSS_MARK.length));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const mib = (kilobytes: number) => `${Math.round(kilobytes / MIB)} MiB`;
const ms = (value: Spread) => `${Math.round(value.median)} ms [${Math.round(value.min)}–${Math.round(value.max)}]`;

export async function measureProcesses(options: {
  warmStarts: number;
  load: LoadSettings;
  importList: ListDocument;
}): Promise<ProcessFigure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-bench-data-'));
  const figures: ProcessFigure[] = [];
  try {
    const port = await freePort();
    const first = await startApi(dataDir, port);
    await stopApi(first);
    console.log(`    first start, empty data directory: ${Math.round(first.millisecondsToFirstAnswer)} ms`);
    figures.push({
      id: 'first-start',
      title: 'First start on an empty data directory (cluster, migrations, demo data) to its first answer',
      value: `${Math.round(first.millisecondsToFirstAnswer)} ms`,
      target: '≤ 6,000 ms',
      met: first.millisecondsToFirstAnswer <= 6000,
    });

    const warm: number[] = [];
    let last: RunningApi | undefined;
    for (let start = 1; start <= options.warmStarts; start++) {
      last = await startApi(dataDir, port);
      warm.push(last.millisecondsToFirstAnswer);
      console.log(`    warm start ${start}: ${Math.round(last.millisecondsToFirstAnswer)} ms`);
      if (start < options.warmStarts) await stopApi(last);
    }
    const warmSpread = spread(warm);
    figures.push({ id: 'warm-start', title: 'Warm start to its first answer', value: ms(warmSpread), target: '≤ 1,500 ms', met: warmSpread.median <= 1500 });

    const api = last!;
    const pid = api.child.pid!;
    const idle = memoryOf(pid, 'VmRSS');
    figures.push({ id: 'idle-rss', title: 'Resident memory of the API, idle after start', value: mib(idle), target: '≤ 200 MiB', met: idle <= 200 * MIB });
    await stopApi(api);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  // The bench's list, imported by the CLI into a data directory of its own, then served by the API alone (no demo
  // data), which is pulled whole under load: the demo's own list is a few entries.
  const listDir = mkdtempSync(join(tmpdir(), 'concord-bench-list-'));
  try {
    const entries = options.importList.entries.length;
    const importPeak = await importPeakKilobytes(options.importList, listDir);
    console.log(`    concord import of ${entries} entries: peak RSS ${mib(importPeak)}`);
    figures.push({
      id: 'import-rss',
      title: `Peak resident memory of concord import, ${entries.toLocaleString('en-US')} entries`,
      value: mib(importPeak),
      target: '≤ 400 MiB at 20,000 entries',
      met: importPeak <= 400 * MIB,
    });
    const api = await startApi(listDir, await freePort(), { CONCORD_SEED_DEMO: 'false' });
    try {
      const pull = await fullPullRequest(api.url);
      const load = await runWrk(pull.request, options.load);
      const peak = memoryOf(api.child.pid!, 'VmHWM');
      console.log(`    full pull of ${pull.entries} entries under load: ${Math.round(load.requestsPerSecond)} req/s, peak RSS ${mib(peak)}`);
      figures.push({
        id: 'load-rss',
        title: `Peak resident memory under the uncached full pull (${pull.entries.toLocaleString('en-US')} entries a request)`,
        value: mib(peak),
        target: '≤ 300 MiB',
        met: peak <= 300 * MIB,
      });
    } finally {
      await stopApi(api);
    }
  } finally {
    rmSync(listDir, { recursive: true, force: true });
  }
  return figures;
}

export function printProcessFigures(figures: ProcessFigure[]): void {
  const table = [['figure', 'value', 'target', 'verdict'], ...figures.map((figure) => [figure.id, figure.value, figure.target, figure.met ? 'met' : 'MISSED'])];
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  console.log(`\n${line(table[0])}\n| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |\n${table.slice(1).map(line).join('\n')}`);
  for (const figure of figures) console.log(`  ${figure.id}: ${figure.title}`);
}
