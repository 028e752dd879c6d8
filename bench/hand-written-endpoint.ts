import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';

/**
 * The other yardstick: what one would write by hand without GraphQL, a node:http endpoint that answers with one SQL
 * query building the whole JSON in PostgreSQL. It reads the tables the app reads and gives the same answer (the
 * bench compares the parsed JSON once before measuring), executed on every request: no cache.
 *
 * POST /full-list: the answer to FULL_LIST_QUERY (bench/main.ts) for `version`, the entries in pages of `pageSize`
 * under the aliases p0, p1, … POST /latest-summary: the answer to `{ latestRelease { version entryCount digest } }`.
 */
export interface HandWrittenOptions {
  databaseUrl: string;
  version: string;
  pageSize: number;
  connections: number;
}

// One json_object_agg over (key, value, order) rows gives the release object its version, entryCount and the page
// aliases in order, all in one statement.
const FULL_LIST_SQL = `
  WITH r AS (
    SELECT id, version FROM release WHERE version = $1 AND status <> 'DRAFT'
  ), e AS (
    SELECT e.code, (row_number() OVER (ORDER BY e.code) - 1) / $2 AS page,
           json_build_object('node', json_build_object(
             'code', e.code, 'heading', e.heading, 'status', e.status, 'reasons', e.reasons,
             'paragraphs', (SELECT coalesce(json_agg(json_build_object('path', p.path, 'kind', p.kind, 'text', p.text) ORDER BY p.position), '[]')
                              FROM release_paragraph p WHERE p.release_id = e.release_id AND p.entry_code = e.code))) AS edge
      FROM release_entry e JOIN r ON e.release_id = r.id
  ), fields AS (
    SELECT 'version' AS key, to_json(r.version) AS value, -2 AS ord FROM r
    UNION ALL SELECT 'entryCount', to_json((SELECT count(*) FROM e)), -1
    UNION ALL SELECT 'p' || page, json_build_object('edges', json_agg(edge ORDER BY code)), page FROM e GROUP BY page
  )
  SELECT json_build_object('data', json_build_object('release', json_object_agg(key, value ORDER BY ord)))::text AS body FROM fields`;

const LATEST_SUMMARY_SQL = `
  SELECT json_build_object('data', json_build_object('latestRelease', (
    SELECT json_build_object('version', r.version,
                             'entryCount', (SELECT count(*) FROM release_entry e WHERE e.release_id = r.id),
                             'digest', d.digest)
      FROM release r LEFT JOIN release_document d ON d.release_id = r.id
     WHERE r.status = 'PUBLISHED'
     ORDER BY string_to_array(r.version, '.')::int[] DESC LIMIT 1)))::text AS body`;

export async function startHandWrittenEndpoint(options: HandWrittenOptions): Promise<{ url: string; close(): Promise<void> }> {
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.connections });
  // An idle client the server drops (the bench drops its database at the end) must not take the process down.
  pool.on('error', () => undefined);
  const routes: Record<string, () => Promise<string>> = {
    '/full-list': async () => (await pool.query<{ body: string }>(FULL_LIST_SQL, [options.version, options.pageSize])).rows[0].body,
    '/latest-summary': async () => (await pool.query<{ body: string }>(LATEST_SUMMARY_SQL)).rows[0].body,
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const route = routes[req.url ?? ''];
    // The POST body (the GraphQL query the app would get) is drained, as the app has to read it.
    req.resume();
    req.on('end', () => {
      if (!route) {
        res.writeHead(404).end();
        return;
      }
      route().then(
        (body) => {
          const bytes = Buffer.from(body, 'utf8');
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(bytes.length) });
          res.end(bytes);
        },
        (error: Error) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(error.message);
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
