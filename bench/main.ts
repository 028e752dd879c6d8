// First, as in the API's own main.ts: the server measured in-process collects garbage as the real one does.
import '../apps/api/src/heap-growth';
import 'reflect-metadata';
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createApp } from '@concord/api';
import { parseList } from '@concord/control-list';
import { MIGRATIONS, SECRETARIAT_EMAIL, seedDemo, seedDemoNegotiation } from '@concord/database';
import { ControlListImporter } from '@concord/releases';
import { loadConfig } from '@concord/shared/config';
import { runMigrations } from '@concord/shared/db';
import { ADMIN_URL_ENV, createTestDatabase, startTestDatabaseServer, TEMPLATE_ENV } from '@concord/shared/testing';
import { startBareServer } from './bare-server';
import { startHandWrittenEndpoint } from './hand-written-endpoint';
import { appLatencyMs, BenchCase, CLIENT_BOUND_PERCENT, Measured, measure, ms, rate, Side, Spread } from './measure';
import { measureProcesses, printProcessFigures, ProcessFigure } from './process-figures';
import { syntheticList } from './synthetic-list';
import { checkWrk, LoadRequest, LoadSettings, NONCE } from './wrk';

const CASE_IDS = [
  'cached-version',
  'cached-latest',
  'uncached',
  'small',
  'deep-page',
  'search',
  'apikey-download',
  'apikey-304',
  'proposals',
  'proposal-search',
  'working-draft',
  'processes',
] as const;
type CaseId = (typeof CASE_IDS)[number];
/** The cases measured in this process with wrk against a baseline; `processes` measures Concord as its own. */
type LoadCaseId = Exclude<CaseId, 'processes'>;

const HELP = `npm run bench [-- --help]

Measures Concord's read paths with wrk, each case against a baseline on the same machine in the same run, app and
baseline in turn over several rounds after one uncounted warm-up run of each, and prints medians with their spread.
Needs wrk (apt-get install wrk).
Runs on the PostgreSQL named by DATABASE_URL, or an embedded one in a temporary directory.

Environment:
  BENCH_SECONDS      seconds per wrk run (default 5)
  BENCH_ROUNDS       rounds of app + baseline per case (default 3)
  BENCH_WARMUP       seconds of the uncounted warm-up run of each side before a case's rounds (default 10)
  BENCH_CONNECTIONS  wrk connections (default 20)
  BENCH_THREADS      wrk threads, the cores the client is given (default 1)
  BENCH_ENTRIES      entries in the list (default: the shipped CCL, 633); more are copies of it under new codes
  BENCH_PROFILE      a directory: each app-side run is CPU-profiled into <case>-<round>.cpuprofile there (for
                     Chrome DevTools); the profiler slows the app, so its figures are then not comparable
  BENCH_CASES        comma-separated case ids to run (default: all):
                     ${CASE_IDS.join(', ')}
                     ("processes": npm start's entry point as its own process on the embedded PostgreSQL, first and
                     warm start to the first answer and its memory idle; concord import's peak memory on the
                     bench's list, and the API's peak memory under the full pull of that list)

Reading it: "ratio" is the app's median over the baseline's; "app p50" is the median of the app's runs' median
latencies. A case whose target is the time of one call (working-draft) runs with one connection. A case is
CLIENT-BOUND when wrk used ≥ ${CLIENT_BOUND_PERCENT} % of its cores in some run: the rate then says more about the
client than the server.
The exit code is 0 whether targets are met or not; it is non-zero only when the bench itself fails.`;

const CCL = join(__dirname, '..', 'db', 'seeds', 'data', 'us-ccl-2026-07-23', 'ccl.json');
const PAGE = 500;
const DEMO_PASSWORD = 'bench-demo-password';
const ENTRY_FIELDS = `code heading status reasons paragraphs { path kind text }`;
const JSON_HEADERS = { 'content-type': 'application/json' };
/** The new entry the demo negotiation proposes (db/seeds/demo-negotiation-seed.ts): a synthetic list must not hold it. */
const PROPOSED_NEW_CODES = ['4A987'];

interface Options extends LoadSettings {
  warmupSeconds: number;
  rounds: number;
  entries?: number;
  cases: ReadonlySet<CaseId>;
  profileDir?: string;
}

function positive(name: string, fallback: number | undefined): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, not ${JSON.stringify(raw)}`);
  return value;
}

function readOptions(): Options {
  const listed = (process.env['BENCH_CASES'] ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  const unknown = listed.filter((id) => !(CASE_IDS as readonly string[]).includes(id));
  if (unknown.length) throw new Error(`Unknown BENCH_CASES ${unknown.join(', ')}: the cases are ${CASE_IDS.join(', ')}`);
  const options = {
    seconds: positive('BENCH_SECONDS', 5)!,
    rounds: positive('BENCH_ROUNDS', 3)!,
    warmupSeconds: positive('BENCH_WARMUP', 10)!,
    connections: positive('BENCH_CONNECTIONS', 20)!,
    threads: positive('BENCH_THREADS', 1)!,
    entries: positive('BENCH_ENTRIES', undefined),
    cases: new Set((listed.length ? listed : CASE_IDS) as CaseId[]),
    profileDir: process.env['BENCH_PROFILE'] || undefined,
  };
  if (options.connections < options.threads) throw new Error('BENCH_CONNECTIONS must be at least BENCH_THREADS (wrk gives each thread its connections)');
  return options;
}

interface Row {
  benchCase: BenchCase;
  measured: Measured;
}

/** A case this list cannot have, said in the report instead of failing the bench. */
class NotRunnable extends Error {}

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  const options = readOptions();
  checkWrk();
  if (process.env['DATABASE_URL']) process.env['TEST_DATABASE_URL'] = process.env['DATABASE_URL'];
  const databaseServer = await startTestDatabaseServer((url) => runMigrations({ url, migrations: MIGRATIONS }));
  process.env[ADMIN_URL_ENV] = databaseServer.adminUrl;
  process.env[TEMPLATE_ENV] = databaseServer.template;
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    ANONYMOUS_RELEASE_READS: 'true',
    CONCORD_SEED_DEMO: 'false',
    // wrk opens all its connections from 127.0.0.1.
    MAX_CONNECTIONS_PER_ADDRESS: '0',
    DATABASE_URL: database.url,
  });
  const app = await createApp(config, database.url, { logger: false });
  // Filled as the cases start their baseline servers.
  const closers: (() => Promise<void>)[] = [];
  const rows: Row[] = [];
  const notRun: string[] = [];
  let processFigures: ProcessFigure[] = [];
  try {
    const db = app.get<DataSource>(getDataSourceToken());
    await seedDemo(db, { password: DEMO_PASSWORD, hashCost: config.passwordHashCost });
    const ccl = parseList(JSON.parse(readFileSync(CCL, 'utf8'))).document;
    const list = options.entries ? syntheticList(ccl, options.entries, PROPOSED_NEW_CODES) : ccl;
    // Timed once and printed, not loaded: an import is a rare, single operation.
    const importStarted = process.hrtime.bigint();
    const { written } = await app.get(ControlListImporter).importBaseline(list, { version: '2026.0' });
    const importSeconds = Number(process.hrtime.bigint() - importStarted) / 1e9;
    const negotiation = await seedDemoNegotiation(app, db);
    if (!negotiation) throw new Error('The demo negotiation was not seeded');
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    console.log(
      `List imported as 2026.0 in ${importSeconds.toFixed(2)} s: ${written.entries} entries, ${written.paragraphs} paragraphs` +
        `${options.entries ? ' (synthetic, from the CCL)' : ' (the shipped CCL)'}.\n` +
        `wrk: ${options.threads} thread(s), ${options.connections} connections, ${options.seconds} s a run, ${options.rounds} rounds of app and baseline a case, after a ${options.warmupSeconds} s warm-up run of each.\n`,
    );

    const { cases, publish } = await prepare(base, database.url, written.entries, negotiation.underReview, closers);
    for (const id of CASE_IDS) {
      if (!options.cases.has(id) || id === 'processes') continue;
      const benchCase = await cases[id]().catch((error: unknown) => {
        if (!(error instanceof NotRunnable)) throw error;
        notRun.push(`${id}: not run, ${error.message}`);
        console.log(notRun[notRun.length - 1]);
      });
      if (!benchCase) continue;
      console.log(`${benchCase.title}  [${benchCase.id}]`);
      rows.push({ benchCase, measured: await measure(benchCase, options.rounds, options, options.profileDir) });
    }
    // Last, as it changes the release in force that the cases read.
    await publish();
    if (options.cases.has('processes')) {
      console.log('\nConcord as its own process  [processes]');
      processFigures = await measureProcesses({ warmStarts: options.rounds, load: options, importList: list });
    }
  } catch (error) {
    // Printed now: tearing the database down can make the pools report errors of their own.
    console.error(error);
    throw error;
  } finally {
    for (const close of closers) await close();
    await app.close();
    await database.drop();
    await databaseServer.stop();
  }
  if (rows.length) printTable(rows);
  if (processFigures.length) printProcessFigures(processFigures);
  if (notRun.length) console.log(`\n${notRun.join('\n')}`);
}

interface Answer {
  status: number;
  bytes: Buffer;
  headers: Headers;
}

async function fetchOnce(request: LoadRequest): Promise<Answer> {
  const body = request.body?.split(NONCE).join('check');
  const response = await fetch(request.url, { method: request.method ?? 'GET', headers: request.headers, body });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

/** The answer to a GraphQL request, which must have data and no errors: a bench of error answers measures nothing. */
async function graphqlAnswer(request: LoadRequest): Promise<Answer & { json: any }> {
  const answer = await fetchOnce(request);
  const json = JSON.parse(answer.bytes.toString('utf8'));
  if (answer.status !== 200 || json.errors || !json.data) {
    throw new Error(`${request.body?.slice(0, 120)}… answered ${answer.status}: ${answer.bytes.toString('utf8').slice(0, 500)}`);
  }
  return { ...answer, json };
}

const graphqlRequest = (base: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): LoadRequest => ({
  url: `${base}/graphql`,
  method: 'POST',
  headers: { ...JSON_HEADERS, ...headers },
  body: JSON.stringify({ query, variables }),
});

/**
 * Everything the cases need, made once: the cursors, a signed-in secretariat, an API client, and the hand-written
 * endpoint (bare servers are started per case, with that case's bytes).
 */
async function prepare(base: string, databaseUrl: string, entryCount: number, adoptable: string, closers: (() => Promise<void>)[]) {
  const data = async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
    (await graphqlAnswer(graphqlRequest(base, query, variables, headers))).json.data;

  const { latestRelease } = await data('{ latestRelease { version } }');
  const version: string = latestRelease.version;
  const cursors: string[] = [];
  for (let after: string | null = null; ; ) {
    const { release } = await data(
      'query ($v: String!, $after: String) { release(version: $v) { entries(first: 500, after: $after) { edges { cursor } pageInfo { endCursor hasNextPage } } } }',
      { v: version, after },
    );
    cursors.push(...release.entries.edges.map((edge: { cursor: string }) => edge.cursor));
    if (!release.entries.pageInfo.hasNextPage) break;
    after = release.entries.pageInfo.endCursor;
  }
  if (cursors.length !== entryCount) throw new Error(`Paging found ${cursors.length} of ${entryCount} entries`);

  // The full list in one request: pages are at most 500 entries, so one alias per page, each after the previous
  // page's last cursor. `root` is release(version: $version) or latestRelease.
  const fullListQuery = (root: string, variables: string) => {
    const pages = Array.from({ length: Math.ceil(entryCount / PAGE) }, (_, page) => {
      const after = page ? `, after: ${JSON.stringify(cursors[page * PAGE - 1])}` : '';
      return `p${page}: entries(first: ${PAGE}${after}) { edges { node { ${ENTRY_FIELDS} } } }`;
    });
    return `query ${variables} { ${root} { version entryCount ${pages.join(' ')} } }`;
  };
  const byVersion = fullListQuery('release(version: $version)', '($version: String!)');
  /** A list too long for one request (an alias per 500 entries, and the server caps aliases) has no full-pull case. */
  const fullListAnswer = async (request: LoadRequest) => {
    const answer = await fetchOnce(request);
    const refusal = answer.status === 400 ? JSON.parse(answer.bytes.toString('utf8')).errors?.[0] : undefined;
    if (refusal?.extensions?.reason === 'GRAPHQL_VALIDATION_FAILED') {
      throw new NotRunnable(`the server refuses ${entryCount} entries in one request: ${refusal.message}`);
    }
    return graphqlAnswer(request);
  };
  // The response cache keys on the variables: a nonce the operation does not declare gives every request a key of
  // its own, so the server executes each one, while the answer stays the cached one's, byte for byte.
  const executed = (query: string, variables: Record<string, unknown>, headers?: Record<string, string>) =>
    graphqlRequest(base, query, { ...variables, nonce: NONCE }, headers);

  const { login } = await data('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email: SECRETARIAT_EMAIL, password: DEMO_PASSWORD },
  });
  const asSecretariat = { authorization: `Bearer ${login.accessToken}` };
  const { participatingStates } = await data('{ participatingStates { id code } }', undefined, asSecretariat);
  const { createApiClient } = await data(
    'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }',
    { input: { stateId: participatingStates[0].id, name: 'Bench', scopes: ['RELEASES_READ'] } },
    asSecretariat,
  );
  const asApiClient = { authorization: `ApiKey ${createApiClient.apiKey}` };
  // The demo proposal under review, adopted by a silence procedure the secretariat closes at once: the working draft
  // then has a change to apply, and there is something to publish.
  const { openBallot } = await data(
    'mutation ($input: OpenBallotInput!) { openBallot(input: $input) { id } }',
    { input: { proposalId: adoptable, rule: 'SILENCE', closesAt: new Date(Date.now() + 3_600_000).toISOString() } },
    asSecretariat,
  );
  const { closeBallot } = await data('mutation ($input: CloseBallotInput!) { closeBallot(input: $input) { outcome } }', { input: { ballotId: openBallot.id } }, asSecretariat);
  if (closeBallot.outcome !== 'ADOPTED') throw new Error(`The demo proposal was not adopted: ${closeBallot.outcome}`);

  /** Publication is timed once and printed, not loaded: it happens a few times a year. */
  const publish = async () => {
    const next = `${version.split('.')[0]}.1`;
    const started = process.hrtime.bigint();
    const { publishRelease } = await data(
      'mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version entryCount } }',
      { input: { version: next, proposalIds: [adoptable] } },
      asSecretariat,
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`\nPublication of ${publishRelease.version} (1 adopted proposal, ${publishRelease.entryCount} entries, signed document) in ${seconds.toFixed(2)} s.`);
  };

  let handWritten: { url: string } | undefined;
  const handWrittenUrl = async (path: string) => {
    if (!handWritten) {
      // As many database connections as the app's pool has by default (libs/shared/db data-source.ts).
      const started = await startHandWrittenEndpoint({ databaseUrl, version, pageSize: PAGE, connections: 20 });
      closers.push(started.close);
      handWritten = started;
    }
    return `${handWritten.url}${path}`;
  };

  /** A baseline of node:http sending the bytes (and content type, ETag) the app sent for `request`. */
  const bare = async (label: string, request: LoadRequest, answer: Answer): Promise<Side> => {
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'etag', 'cache-control', 'concord-signature']) {
      const value = answer.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    const server = await startBareServer({ body: answer.bytes, headers, etag: headers['etag'] });
    closers.push(server.close);
    return { label, request: { ...request, url: server.url } };
  };
  const kib = (answer: Answer) => `${Math.round(answer.bytes.length / 1024).toLocaleString('en-US')} KiB`;

  /** The app's answer to `request` and a hand-written endpoint's must be the same JSON, or the comparison is void. */
  const handWrittenSide = async (label: string, request: LoadRequest, path: string, appJson: unknown): Promise<Side> => {
    const side = { label, request: { ...request, url: await handWrittenUrl(path) } };
    const answer = await fetchOnce(side.request);
    if (answer.status !== 200 || !isDeepStrictEqual(JSON.parse(answer.bytes.toString('utf8')), appJson)) {
      throw new Error(`The hand-written ${path} does not answer what the app does (${answer.status}, ${answer.bytes.length} bytes): fix bench/hand-written-endpoint.ts`);
    }
    return side;
  };
  const ratioTarget = (text: string, minimum: number) => ({ text, met: (m: Measured) => m.ratio >= minimum });

  const cases: Record<LoadCaseId, () => Promise<BenchCase>> = {
    'cached-version': async () => {
      const request = graphqlRequest(base, byVersion, { version });
      const answer = await fullListAnswer(request);
      return {
        id: 'cached-version',
        title: `Full list, release(version: "${version}"), cached: ${entryCount} entries, ${kib(answer)}`,
        app: { label: 'Concord', request },
        baseline: await bare('bare node:http, same bytes', request, answer),
        target: ratioTarget('≥ 0.8 × bare', 0.8),
      };
    },
    'cached-latest': async () => {
      const request = graphqlRequest(base, fullListQuery('latestRelease', ''));
      const answer = await fullListAnswer(request);
      return {
        id: 'cached-latest',
        title: `Full list, latestRelease: ${entryCount} entries, ${kib(answer)}`,
        app: { label: 'Concord', request },
        baseline: await bare('bare node:http, same bytes', request, answer),
        target: ratioTarget('≥ 0.8 × bare', 0.8),
      };
    },
    uncached: async () => {
      const request = executed(byVersion, { version });
      const answer = await fullListAnswer(request);
      return {
        id: 'uncached',
        title: `Full list, release(version: "${version}"), executed every time (nonce variable): ${kib(answer)}`,
        app: { label: 'Concord', request },
        baseline: await handWrittenSide('hand-written node:http+pg', request, '/full-list', answer.json),
        target: ratioTarget('≥ 0.5 × hand-written', 0.5),
      };
    },
    small: async () => {
      const request = graphqlRequest(base, '{ latestRelease { version entryCount digest } }');
      const answer = await graphqlAnswer(request);
      return {
        id: 'small',
        title: 'Small query: latestRelease { version entryCount digest }',
        app: { label: 'Concord', request },
        baseline: await handWrittenSide('hand-written node:http+pg', request, '/latest-summary', answer.json),
        target: ratioTarget('≥ 0.5 × hand-written', 0.5),
      };
    },
    'deep-page': async () => {
      const after = cursors[Math.max(0, entryCount - 60)];
      const request = executed(
        `query ($version: String!, $after: String!) { release(version: $version) { entries(first: 50, after: $after) { pageInfo { endCursor hasNextPage } edges { node { ${ENTRY_FIELDS} } } } } }`,
        { version, after },
      );
      const answer = await graphqlAnswer(request);
      return {
        id: 'deep-page',
        title: `Entries page deep in the list: entries(first: 50, after: entry ${Math.max(1, entryCount - 59)}), executed every time: ${kib(answer)}`,
        app: { label: 'Concord', request },
        baseline: await bare('bare node:http, same bytes', request, answer),
      };
    },
    search: async () => {
      const request = executed(
        'query ($version: String!, $search: String!) { release(version: $version) { entries(first: 50, filter: { search: $search }) { totalCount edges { node { code heading } } } } }',
        { version, search: 'encryption software' },
      );
      const answer = await graphqlAnswer(request);
      return {
        id: 'search',
        title: `Full-text search: entries(filter: { search: "encryption software" }), ${answer.json.data.release.entries.totalCount} hits, executed every time`,
        app: { label: 'Concord', request },
        baseline: await bare('bare node:http, same bytes', request, answer),
      };
    },
    'apikey-download': async () => {
      const anonymous: LoadRequest = { url: `${base}/releases/${version}.json` };
      const request: LoadRequest = { ...anonymous, headers: asApiClient };
      const answer = await fetchOnce(request);
      if (answer.status !== 200) throw new Error(`The API-key download answered ${answer.status}`);
      return {
        id: 'apikey-download',
        title: `Document download with an API key, GET /releases/${version}.json: ${kib(answer)}`,
        app: { label: 'Concord, API key', request },
        baseline: { label: 'Concord, anonymous', request: anonymous },
        target: ratioTarget('≥ 0.8 × anonymous', 0.8),
      };
    },
    'apikey-304': async () => {
      const url = `${base}/releases/${version}.json`;
      const document = await fetchOnce({ url });
      const request: LoadRequest = { url, headers: { ...asApiClient, 'if-none-match': document.headers.get('etag')! } };
      const answer = await fetchOnce(request);
      if (answer.status !== 304) throw new Error(`If-None-Match with an API key answered ${answer.status}, not 304`);
      return {
        id: 'apikey-304',
        title: 'Document 304 with an API key (If-None-Match: its ETag)',
        app: { label: 'Concord, API key', request },
        baseline: await bare('bare node:http, 304', request, document),
        target: { text: '≥ 10,000 req/s', met: (m: Measured) => m.app.median >= 10_000 },
      };
    },
    proposals: async () => {
      const request = graphqlRequest(base, '{ proposals(first: 50) { totalCount edges { node { id reference status sponsor { code } revision { title } } } } }', {}, asSecretariat);
      const answer = await graphqlAnswer(request);
      return {
        id: 'proposals',
        title: `Proposals page, as the secretariat: ${answer.json.data.proposals.totalCount} proposals (the demo negotiation)`,
        app: { label: 'Concord', request },
        baseline: await bare('bare node:http, same bytes', request, answer),
      };
    },
    'proposal-search': async () => {
      const request = graphqlRequest(
        base,
        'query ($search: String!) { proposals(first: 50, search: $search) { totalCount edges { node { id reference revision { title } } } } }',
        { search: 'surveillance' },
        asSecretariat,
      );
      const answer = await graphqlAnswer(request);
      return {
        id: 'proposal-search',
        title: `Proposal search "surveillance", as the secretariat: ${answer.json.data.proposals.totalCount} hits`,
        app: { label: 'Concord', request },
        baseline: await bare('bare node:http, same bytes', request, answer),
      };
    },
    'working-draft': async () => {
      const request = graphqlRequest(
        base,
        '{ workingDraft { baseVersion suggestedVersion publishable proposals { reference } summary { entries active reserved definitions } changes { subject kind code term } conflicts { __typename } } }',
        {},
        asSecretariat,
      );
      const answer = await graphqlAnswer(request);
      const { changes, proposals } = answer.json.data.workingDraft;
      return {
        id: 'working-draft',
        title: `Working draft, as the secretariat: ${proposals.length} adopted proposal(s), ${changes.length} change(s), ${entryCount} entries`,
        app: { label: 'Concord', request },
        baseline: await bare('bare node:http, same bytes', request, answer),
        alone: true,
        target: { text: '≤ 100 ms a call (p50, 1 connection)', met: (m: Measured) => m.appRuns.every((run) => run.requestsPerSecond > 0) && appLatencyMs(m) <= 100 },
      };
    },
  };
  return { cases, publish };
}

const spreadText = (value: Spread) => `${rate(value.median)} [${rate(value.min)}–${rate(value.max)}]`;

function verdict({ benchCase, measured }: Row): string {
  const runs = [...measured.appRuns, ...measured.baselineRuns];
  const notes: string[] = [];
  if (runs.some((run) => run.non2xx || run.socketErrors)) notes.push('ERRORS');
  if (runs.some((run) => run.clientCpuPercent >= CLIENT_BOUND_PERCENT)) notes.push('CLIENT-BOUND');
  const met = benchCase.target ? (benchCase.target.met(measured) ? 'met' : 'MISSED') : 'reported';
  return [met, ...notes].join(', ');
}

function printTable(rows: Row[]): void {
  const runsOf = (row: Row) => [...row.measured.appRuns, ...row.measured.baselineRuns];
  const table = [
    ['case', 'app req/s, median [min–max]', 'app p50', 'baseline', 'baseline req/s, median [min–max]', 'ratio', 'target', 'verdict', 'client CPU (max)'],
    ...rows.map((row) => [
      row.benchCase.id,
      spreadText(row.measured.app),
      ms(appLatencyMs(row.measured)),
      row.benchCase.baseline.label,
      spreadText(row.measured.baseline),
      // Two significant digits below 0.1, where two decimals would print 0.00.
      row.measured.ratio >= 0.1 ? row.measured.ratio.toFixed(2) : row.measured.ratio.toPrecision(2),
      row.benchCase.target?.text ?? '—',
      verdict(row),
      `${Math.round(Math.max(...runsOf(row).map((run) => run.clientCpuPercent)))} %`,
    ]),
  ];
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  console.log(`\n${line(table[0])}\n| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |\n${table.slice(1).map(line).join('\n')}`);
  const errors = rows.filter((row) => runsOf(row).some((run) => run.non2xx || run.socketErrors));
  for (const row of errors) console.log(`${row.benchCase.id}: some runs had answers of status 400 or more, or socket errors (see its rounds above)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
