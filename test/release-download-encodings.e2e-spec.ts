import { request as httpRequest, IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { seedControlList } from '@concord/database';
import { startTestApp, TestApp } from './support/test-app';

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

describe('document downloads: precompressed brotli and gzip by Accept-Encoding, on the fast path and the controller', () => {
  let t: TestApp;
  let base: string;
  let apiKey: string;
  let clientId: string;
  let secretariat: Awaited<ReturnType<TestApp['as']>>;
  let document: Buffer;
  let digest: string;

  /** Raw bytes as sent, not decoded by a client library, so the coding itself is checked. */
  const get = (path: string, headers: Record<string, string>, method = 'GET') =>
    new Promise<Raw>((resolve, reject) => {
      const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });

  beforeAll(async () => {
    t = await startTestApp({ ANONYMOUS_RELEASE_READS: 'true' });
    await seedControlList(t.app);
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer() as { address(): AddressInfo }).address().port}`;
    const [row] = await t.db.query(`SELECT d.bytes, d.digest FROM release_document d JOIN release r ON r.id = d.release_id WHERE r.version = '2026.0'`);
    ({ bytes: document, digest } = row);
    secretariat = await t.as('secretariat@example.org');
    const [{ id: stateId }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    ({ createApiClient: { apiKey, apiClient: { id: clientId } } } = await secretariat.data(
      'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey apiClient { id } } }',
      { input: { stateId, name: 'METI', scopes: ['RELEASES_READ'] } },
    ));
  });
  afterAll(() => t?.close());

  // The first request with the key is the controller's; the later ones, by a key now known, are the fast path's, as
  // are the anonymous ones once the document is in memory.
  // The first anonymous request loads the cache through the controller; the later ones are the fast path's.
  describe.each([
    ['the controller, with an API key', () => ({ 'x-api-key': apiKey })],
    ['the fast path, anonymous', () => ({})],
  ])('through %s', (_, credentials) => {
    it('sends brotli when preferred, gzip when only it is accepted, identity otherwise; the same signed bytes each time', async () => {
      const cases: [string | undefined, string | undefined, (body: Buffer) => Buffer, string][] = [
        ['gzip, deflate, br', 'br', brotliDecompressSync, `"${digest}-br"`],
        ['gzip;q=1, br;q=0.5', 'gzip', gunzipSync, `"${digest}-gzip"`],
        ['gzip, br;q=0', 'gzip', gunzipSync, `"${digest}-gzip"`],
        ['*', 'br', brotliDecompressSync, `"${digest}-br"`],
        ['br;q=0, gzip;q=0', undefined, (body) => body, `"${digest}"`],
        [undefined, undefined, (body) => body, `"${digest}"`],
      ];
      let signature: string | string[] | undefined;
      for (const [accept, encoding, decode, etag] of cases) {
        const res = await get('/releases/2026.0.json', { ...credentials(), ...(accept ? { 'accept-encoding': accept } : {}) });
        expect([accept, res.status, res.headers['content-encoding'], res.headers['etag']]).toEqual([accept, 200, encoding, etag]);
        expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
        expect(Number(res.headers['content-length'])).toBe(res.body.length);
        expect(decode(res.body).equals(document)).toBe(true);
        if (encoding) expect(res.body.length).toBeLessThan(document.length);
        expect(res.headers['concord-digest']).toBe(`sha-256=${digest}`);
        signature ??= res.headers['concord-signature'];
        expect(res.headers['concord-signature']).toBe(signature);
      }
    });

    it('answers 304 to the ETag of any representation of the same document, and HEAD without a body', async () => {
      for (const held of [`"${digest}"`, `"${digest}-br"`, `W/"${digest}-gzip"`, `"other", "${digest}-gzip"`]) {
        const res = await get('/releases/2026.0.json', { ...credentials(), 'accept-encoding': 'br', 'if-none-match': held });
        expect([held, res.status, res.headers['etag'], res.body.length]).toEqual([held, 304, `"${digest}-br"`, 0]);
        expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
      }
      expect((await get('/releases/2026.0.json', { ...credentials(), 'if-none-match': `"${digest}-zstd"` })).status).toBe(200);
      const head = await get('/releases/2026.0.json', { ...credentials(), 'accept-encoding': 'gzip' }, 'HEAD');
      expect([head.status, head.headers['content-encoding'], head.headers['etag'], head.body.length]).toEqual([200, 'gzip', `"${digest}-gzip"`, 0]);
    });
  });

  it('keeps a key known in memory private, and refuses it on its next download once revoked', async () => {
    const known = await get('/releases/2026.0.json', { 'x-api-key': apiKey, 'if-none-match': `"${digest}"` });
    expect([known.status, known.headers['cache-control']]).toEqual([304, 'private, max-age=31536000, immutable']);
    await secretariat.data('mutation ($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { id } }', { input: { id: clientId } });
    expect((await get('/releases/2026.0.json', { 'x-api-key': apiKey })).status).toBe(401);
    expect((await get('/releases/2026.0.json', { 'x-api-key': apiKey, 'if-none-match': `"${digest}"` })).status).toBe(401);
  });
});
