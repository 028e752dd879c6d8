import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedControlList } from '@concord/database';
import { INSTALL_NGINX, RunningNginx, startEdgeNginx } from './support/nginx';
import { startTestApp, TestApp } from './support/test-app';
import { describeWhen } from './support/describe-when';
import { findProgram } from './support/programs';

const METRICS_TOKEN = 'edge-test-metrics-token';

interface Edge {
  t: TestApp;
  nginx: RunningNginx;
  apiUrl: string;
  /** Requests for documents the API itself has answered so far (its own request counter, read at the API). */
  documentRequestsAtApi(): Promise<number>;
  key(name: string): Promise<{ id: string; apiKey: string }>;
  revoke(id: string): Promise<void>;
  digest: string;
}

/** The API on its own database with the baseline release 2026.0 published, and the edge template's nginx in front. */
async function startEdge(env: Record<string, string>): Promise<Edge> {
  const t = await startTestApp({ ...env, METRICS_ENABLED: 'true', METRICS_TOKEN });
  try {
    await seedControlList(t.app);
    await t.app.listen(0, '127.0.0.1');
    const apiUrl = `http://127.0.0.1:${(t.app.getHttpServer() as { address(): AddressInfo }).address().port}`;
    const nginx = await startEdgeNginx(apiUrl.replace('http://', ''));
    const [{ digest }] = await t.db.query(`SELECT d.digest FROM release_document d JOIN release r ON r.id = d.release_id WHERE r.version = '2026.0'`);
    const secretariat = await t.as('secretariat@example.org');
    const [{ id: stateId }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    return {
      t,
      nginx,
      apiUrl,
      digest,
      async documentRequestsAtApi() {
        const text = await (await fetch(`${apiUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
        return text
          .split('\n')
          .filter((line) => line.startsWith('concord_http_requests_total{') && line.includes('route="/releases/:file"'))
          .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
      },
      async key(name) {
        const { createApiClient } = await secretariat.data<{ createApiClient: { apiClient: { id: string }; apiKey: string } }>(
          'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiClient { id } apiKey } }',
          { input: { stateId, name, scopes: ['RELEASES_READ'] } },
        );
        return { id: createApiClient.apiClient.id, apiKey: createApiClient.apiKey };
      },
      async revoke(id) {
        await secretariat.data('mutation ($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { id } }', { input: { id } });
      },
    };
  } catch (error) {
    await t.close();
    throw error;
  }
}

async function stopEdge(edge: Edge | undefined): Promise<void> {
  await edge?.nginx.stop();
  await edge?.t.close();
}

const through = (edge: Edge, path: string, headers: Record<string, string> = {}) => fetch(`${edge.nginx.url}${path}`, { headers });

describeWhen(
  Boolean(findProgram('nginx')),
  'the edge cache (deploy/nginx/concord-edge.conf.template) in front of the document downloads',
  'This suite needs nginx.',
  INSTALL_NGINX,
  () => {
  describe('with anonymous release reads on', () => {
    let edge: Edge;
    beforeAll(async () => {
      edge = await startEdge({ ANONYMOUS_RELEASE_READS: 'true' });
    });
    afterAll(() => stopEdge(edge));

    it('fetches a document from the API once; further pulls and 304 revalidations are answered by nginx alone', async () => {
      const before = await edge.documentRequestsAtApi();
      const first = await through(edge, '/releases/2026.0.json');
      expect(first.status).toBe(200);
      expect(first.headers.get('x-cache-status')).toBe('MISS');
      // fetch accepts compressed answers: the ETag names the coding, the digest stays that of the signed bytes.
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(new RegExp(`^"${edge.digest}(-br|-gzip)"$`));
      expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const bytes = Buffer.from(await first.arrayBuffer());
      expect(await edge.documentRequestsAtApi()).toBe(before + 1);

      for (let i = 0; i < 3; i++) {
        const again = await through(edge, '/releases/2026.0.json');
        expect([again.status, again.headers.get('x-cache-status')]).toEqual([200, 'HIT']);
        expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
        expect(again.headers.get('concord-signature')).toBe(first.headers.get('concord-signature'));
      }
      const revalidated = await through(edge, '/releases/2026.0.json', { 'if-none-match': etag });
      expect([revalidated.status, revalidated.headers.get('x-cache-status')]).toEqual([304, 'HIT']);
      // A query string the API ignores is no way around the cache.
      expect((await through(edge, '/releases/2026.0.json?nocache=1')).headers.get('x-cache-status')).toBe('HIT');
      expect(await edge.documentRequestsAtApi()).toBe(before + 1);

      expect((await through(edge, '/releases/2026.0.sig')).headers.get('x-cache-status')).toBe('MISS');
      const signature = await through(edge, '/releases/2026.0.sig');
      expect([signature.status, signature.headers.get('x-cache-status')]).toEqual([200, 'HIT']);
      expect(await signature.json()).toMatchObject({ version: '2026.0', digest: edge.digest });
      expect(await edge.documentRequestsAtApi()).toBe(before + 2);
    });

    it('never caches a version that does not exist yet', async () => {
      const before = await edge.documentRequestsAtApi();
      for (let i = 0; i < 2; i++) {
        const missing = await through(edge, '/releases/2031.4.json');
        expect(missing.status).toBe(404);
        expect(missing.headers.get('x-cache-status')).toBe('MISS');
      }
      expect(await edge.documentRequestsAtApi()).toBe(before + 2);
    });

    it('sends every credentialed download to the API, which checks that caller, even with the document cached', async () => {
      expect((await through(edge, '/releases/2026.0.json')).headers.get('x-cache-status')).toBe('HIT');
      const [customs, ministry] = [await edge.key('Customs'), await edge.key('Ministry')];
      const before = await edge.documentRequestsAtApi();

      const own = await through(edge, '/releases/2026.0.json', { authorization: `ApiKey ${customs.apiKey}` });
      expect([own.status, own.headers.get('x-cache-status')]).toEqual([200, 'BYPASS']);
      expect(own.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
      const other = await through(edge, '/releases/2026.0.json', { 'x-api-key': ministry.apiKey });
      expect([other.status, other.headers.get('x-cache-status')]).toEqual([200, 'BYPASS']);
      expect(await edge.documentRequestsAtApi()).toBe(before + 2);

      await edge.revoke(customs.id);
      const revoked = await through(edge, '/releases/2026.0.json', { authorization: `ApiKey ${customs.apiKey}` });
      expect([revoked.status, revoked.headers.get('x-cache-status')]).toEqual([401, 'BYPASS']);
      const forged = await through(edge, '/releases/2026.0.json', { authorization: 'Bearer not-a-token', 'if-none-match': `"${edge.digest}"` });
      expect(forged.status).toBe(401);
      expect(await edge.documentRequestsAtApi()).toBe(before + 4);
    });
  });

  describe('with anonymous release reads off', () => {
    let edge: Edge;
    beforeAll(async () => {
      edge = await startEdge({ ANONYMOUS_RELEASE_READS: 'false' });
    });
    afterAll(() => stopEdge(edge));

    it('keeps a caller\'s download private: not stored, not served to another caller nor to anyone anonymous', async () => {
      const [customs, ministry] = [await edge.key('Customs'), await edge.key('Ministry')];
      const before = await edge.documentRequestsAtApi();
      for (let i = 0; i < 2; i++) {
        const own = await through(edge, '/releases/2026.0.json', { authorization: `ApiKey ${customs.apiKey}` });
        expect([own.status, own.headers.get('x-cache-status')]).toEqual([200, 'BYPASS']);
        expect(own.headers.get('cache-control')).toMatch(/^private/);
      }
      // Nothing was stored: the anonymous reader gets the API's refusal, every time, and so does a key the API refuses.
      for (let i = 0; i < 2; i++) {
        const anonymous = await through(edge, '/releases/2026.0.json');
        expect([anonymous.status, anonymous.headers.get('x-cache-status')]).toEqual([401, 'MISS']);
      }
      expect((await through(edge, '/releases/2026.0.json', { 'if-none-match': `"${edge.digest}"` })).status).toBe(401);
      const other = await through(edge, '/releases/2026.0.json', { 'x-api-key': ministry.apiKey });
      expect([other.status, other.headers.get('x-cache-status')]).toEqual([200, 'BYPASS']);
      await edge.revoke(ministry.id);
      expect((await through(edge, '/releases/2026.0.json', { 'x-api-key': ministry.apiKey })).status).toBe(401);
      expect(await edge.documentRequestsAtApi()).toBe(before + 7);
      expect(edge.nginx.errors()).not.toMatch(/\[(emerg|alert|crit)\]/);
    });
  });

  describe('on its own, in front of an upstream that forgets to mark credentialed answers private', () => {
    let upstream: Server;
    let nginx: RunningNginx;
    let seen = 0;
    beforeAll(async () => {
      upstream = createServer((req, res) => {
        seen++;
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=31536000, immutable', etag: '"d"' });
        res.end(JSON.stringify({ for: req.headers['authorization'] ?? req.headers['x-api-key'] ?? 'anyone' }));
      });
      await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
      nginx = await startEdgeNginx(`127.0.0.1:${(upstream.address() as AddressInfo).port}`);
    });
    afterAll(async () => {
      await nginx?.stop();
      await new Promise((resolve) => upstream.close(resolve));
    });

    it('still neither stores nor serves from the shared cache what a caller with credentials asked for', async () => {
      const get = (headers: Record<string, string> = {}) => fetch(`${nginx.url}/releases/2027.0.json`, { headers });
      const before = seen;
      for (const headers of [{ authorization: 'ApiKey first' }, { 'x-api-key': 'second' }] as Record<string, string>[]) {
        const answer = await get(headers);
        expect(answer.headers.get('x-cache-status')).toBe('BYPASS');
        expect(await answer.json()).toEqual({ for: Object.values(headers)[0] });
      }
      const anonymous = await get();
      expect(anonymous.headers.get('x-cache-status')).toBe('MISS');
      expect(await anonymous.json()).toEqual({ for: 'anyone' });
      // The anonymous copy is shared from now on, and still no credentialed request is answered with it.
      expect((await get()).headers.get('x-cache-status')).toBe('HIT');
      expect(await (await get({ authorization: 'Bearer third' })).json()).toEqual({ for: 'Bearer third' });
      expect(seen - before).toBe(4);
    });
  });
  },
);
