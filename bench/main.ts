import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '@concord/api';
import { parseList } from '@concord/control-list';
import { MIGRATIONS } from '@concord/database';
import { ControlListImporter } from '@concord/releases';
import { loadConfig } from '@concord/shared/config';
import { runMigrations } from '@concord/shared/db';
import { ADMIN_URL_ENV, createTestDatabase, startTestDatabaseServer, TEMPLATE_ENV } from '@concord/shared/testing';
import { startBareServer } from './bare-server';
import { load, LoadResult } from './load';

/**
 * `npm run bench`: the release pull paths against a bare node:http server sending the same bytes, on this machine.
 * The full CCL (633 entries) is imported as 2026.0 into a fresh database: on the PostgreSQL named by DATABASE_URL,
 * or an embedded one in a temporary directory. Releases are read anonymously (ANONYMOUS_RELEASE_READS=true), the
 * public-distribution setting, so what is measured is the release path, not credential lookups.
 */
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 20);
const CCL = join(__dirname, '..', 'db', 'seeds', 'data', 'us-ccl-2026-07-23', 'ccl.json');

const ENTRY_PAGE = `edges { node { code heading status reasons paragraphs { path kind text } } }`;

interface Case {
  name: string;
  target: string;
  app: LoadResult;
  bare: LoadResult;
  ratio: number;
  passed: boolean;
}

async function main(): Promise<void> {
  if (process.env['DATABASE_URL']) process.env['TEST_DATABASE_URL'] = process.env['DATABASE_URL'];
  const databaseServer = await startTestDatabaseServer((url) => runMigrations({ url, entities: [], migrations: MIGRATIONS }));
  process.env[ADMIN_URL_ENV] = databaseServer.adminUrl;
  process.env[TEMPLATE_ENV] = databaseServer.template;
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', ANONYMOUS_RELEASE_READS: 'true', CONCORD_SEED_DEMO: 'false', DATABASE_URL: database.url });
  const app = await createApp(config, database.url, { logger: false });
  const cases: Case[] = [];
  try {
    const parsed = parseList(JSON.parse(readFileSync(CCL, 'utf8')));
    // The import's speed is reported here, not asserted in a test: a loaded CI machine would fail it for no fault.
    const importStarted = process.hrtime.bigint();
    const { written } = await app.get(ControlListImporter).importBaseline(parsed.document, { version: '2026.0' });
    const importSeconds = Number(process.hrtime.bigint() - importStarted) / 1e9;
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    console.log(`Full CCL imported as 2026.0 in ${importSeconds.toFixed(2)} s: ${written.entries} entries, ${written.paragraphs} paragraphs. ${SECONDS} s per run, ${CONNECTIONS} connections.\n`);

    // The full list, 633 entries, in one request: pages are at most 500 entries, so the query asks for two aliased
    // pages, the second from the first one's end cursor. By version, as a client does once `latestRelease { version }`
    // told it which one is in force: a named release never changes, so it is answered from the response cache;
    // `latestRelease` moves on publication and is always executed.
    const { data: latest } = await graphql(base, `{ latestRelease { version } }`);
    const version: string = latest.latestRelease.version;
    const { data: firstPage } = await graphql(base, `query ($version: String!) { release(version: $version) { entries(first: 500) { pageInfo { endCursor } } } }`, { version });
    const fullList = JSON.stringify({
      query: `query ($version: String!, $page: Int!, $second: String!) { release(version: $version) { version
        first: entries(first: $page) { totalCount ${ENTRY_PAGE} }
        rest: entries(first: $page, after: $second) { pageInfo { hasNextPage } ${ENTRY_PAGE} } } }`,
      variables: { version, page: 500, second: firstPage.release.entries.pageInfo.endCursor },
    });
    const graphqlResponse = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: fullList });
    const graphqlBytes = Buffer.from(await graphqlResponse.arrayBuffer());
    const listed = JSON.parse(graphqlBytes.toString('utf8'));
    if (listed.errors) throw new Error(`The GraphQL pull failed: ${JSON.stringify(listed.errors)}`);
    const entryCount = listed.data.release.first.edges.length + listed.data.release.rest.edges.length;
    if (entryCount !== written.entries || listed.data.release.rest.pageInfo.hasNextPage) {
      throw new Error(`The GraphQL pull returned ${entryCount} of ${written.entries} entries`);
    }

    const download = await fetch(`${base}/releases/2026.0.json`);
    const documentBytes = Buffer.from(await download.arrayBuffer());
    const etag = download.headers.get('etag')!;
    const documentHeaders = {
      'content-type': 'application/json',
      etag,
      'cache-control': download.headers.get('cache-control')!,
      'concord-signature': download.headers.get('concord-signature')!,
    };

    cases.push(
      await compare(`GraphQL release(version: "${version}") full entry list, ${entryCount} entries (${kb(graphqlBytes)})`, '≥ 0.25 × bare', (r) => r.ratio >= 0.25, {
        app: { url: `${base}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: fullList },
        bare: { body: graphqlBytes, headers: { 'content-type': 'application/json; charset=utf-8' } },
      }),
    );
    cases.push(
      await compare(`Document download GET /releases/2026.0.json (${kb(documentBytes)})`, '≥ 0.50 × bare', (r) => r.ratio >= 0.5, {
        app: { url: `${base}/releases/2026.0.json` },
        bare: { body: documentBytes, headers: documentHeaders },
      }),
    );
    cases.push(
      await compare('Document 304 (If-None-Match: digest)', '≥ 10,000 req/s', (r) => r.app.requestsPerSecond >= 10_000, {
        app: { url: `${base}/releases/2026.0.json`, headers: { 'if-none-match': etag } },
        bare: { body: documentBytes, headers: documentHeaders, etag },
        ifNoneMatch: etag,
      }),
    );
  } finally {
    await app.close();
    await database.drop();
    await databaseServer.stop();
  }
  printTable(cases);
}

async function compare(
  name: string,
  target: string,
  check: (result: Omit<Case, 'passed'>) => boolean,
  setup: {
    app: { url: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string };
    bare: { body: Buffer; headers: Record<string, string>; etag?: string };
    ifNoneMatch?: string;
  },
): Promise<Case> {
  const bareServer = await startBareServer(setup.bare);
  try {
    const request = { seconds: SECONDS, connections: CONNECTIONS };
    const app = await load({ ...request, ...setup.app });
    const bare = await load({
      ...request,
      url: bareServer.url,
      method: setup.app.method,
      headers: { ...setup.app.headers },
      body: setup.app.body,
    });
    const measured = { name, target, app, bare, ratio: app.requestsPerSecond / bare.requestsPerSecond };
    process.stdout.write(`  measured: ${name}\n`);
    return { ...measured, passed: check(measured) };
  } finally {
    await bareServer.close();
  }
}

async function graphql(base: string, query: string, variables?: Record<string, unknown>): Promise<any> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { errors?: unknown; data?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body;
}

const kb = (bytes: Buffer) => `${(bytes.length / 1024).toFixed(0)} KiB`;
const rate = (result: LoadResult) => `${Math.round(result.requestsPerSecond).toLocaleString('en-US')} req/s, p99 ${result.p99Ms} ms`;

function printTable(cases: Case[]): void {
  const rows = [
    ['case', 'Concord', 'bare node:http', 'ratio', 'target', ''],
    ...cases.map((c) => [c.name, rate(c.app), rate(c.bare), c.ratio.toFixed(2), c.target, c.passed ? 'met' : 'MISSED']),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  console.log(`\n${line(rows[0])}\n| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |\n${rows.slice(1).map(line).join('\n')}`);
  const failures = cases.flatMap((c) => (c.app.errors || c.bare.errors ? [`${c.name}: ${c.app.errors + c.bare.errors} socket errors`] : []));
  if (failures.length) console.log(`\n${failures.join('\n')}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
