import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';

/** How the API serves a built web app, without a browser (test/web/ drives a real one): a dist made here. */
describe('serving the web application', () => {
  const dist = mkdtempSync(join(tmpdir(), 'concord-web-dist-'));
  const INDEX = '<!doctype html><html lang="en"><head><title>Concord</title></head><body><div id="root"></div></body></html>';
  const HTML = 'text/html,application/xhtml+xml,*/*;q=0.8';
  let t: TestApp;

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'index-0a1b2c3d.js'), 'export {};\n');
    writeFileSync(join(dist, '.source-hash'), 'abc\n');
    t = await startTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const http = () => request(t.app.getHttpServer());

  it('answers pages a browser asks for with index.html, revalidated, and HEAD alike', async () => {
    for (const path of ['/', '/sign-in', '/list/entries/5A001', '/releases/2026.0', '/reset-password?token=abc']) {
      const response = await http().get(path).set('Accept', HTML);
      expect([path, response.status, response.headers['cache-control'], response.text]).toEqual([path, 200, 'no-cache', INDEX]);
    }
    const head = await http().head('/ballots/b1').set('Accept', HTML);
    expect([head.status, head.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
  });

  it('leaves the API its paths and other clients their 404s', async () => {
    expect((await http().get('/health').set('Accept', HTML)).body).toMatchObject({ status: 'ready' });
    expect((await http().get('/health/live').set('Accept', HTML)).body).toEqual({ status: 'ok' });
    expect((await http().get('/releases/2026.0.json').set('Accept', HTML)).headers['content-type']).toMatch(/json/);
    expect((await http().get('/auth/refresh').set('Accept', HTML)).status).toBe(404);
    expect((await http().get('/proposals/p1').set('Accept', '*/*')).status).toBe(404);
    expect((await http().post('/proposals/p1').set('Accept', HTML)).status).toBe(404);
    expect((await http().get('/.source-hash').set('Accept', '*/*')).status).toBe(404);
  });

  it('caches hashed assets for good, and a missing one is a 404, not the page', async () => {
    const asset = await http().get('/assets/index-0a1b2c3d.js');
    expect([asset.status, asset.headers['cache-control']]).toEqual([200, 'public, max-age=31536000, immutable']);
    const missing = await http().get('/assets/index-ffffffff.js').set('Accept', HTML);
    expect([missing.status, missing.text]).toEqual([404, 'Not found\n']);
  });

  it('sends the strict CSP and its companions with every response', async () => {
    for (const response of [await http().get('/'), await http().post('/graphql').send({ query: '{ __typename }' })]) {
      expect(response.headers['content-security-policy']).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
      );
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('serves the GraphQL explorer from here, and GraphQL itself to everyone else on GET /graphql', async () => {
    const page = await http().get('/graphql').set('Accept', HTML);
    expect(page.text).toContain('<script src="/graphql/explorer.js" defer></script>');
    expect(page.text).not.toMatch(/https?:\/\//);
    expect((await http().get('/graphql/explorer.js')).headers['content-type']).toMatch(/javascript/);
    const get = await http().get('/graphql?query=%7B__typename%7D').set('Accept', 'application/json').set('apollo-require-preflight', 'true');
    expect(get.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('says how to build the app when there is none, and offers no explorer when the landing page is off', async () => {
    const bare = await startTestApp({ WEB_DIST_DIR: join(dist, 'missing'), GRAPHQL_LANDING_PAGE: 'false' });
    try {
      const root = await request(bare.app.getHttpServer()).get('/').set('Accept', HTML);
      expect(root.status).toBe(503);
      expect(root.text).toContain('npm run build:web');
      const graphql = await request(bare.app.getHttpServer()).get('/graphql').set('Accept', HTML);
      expect(graphql.text).not.toContain('explorer.js');
    } finally {
      await bare.close();
    }
  });
});
