import { auditServer } from 'graphql-http';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The GraphQL-over-HTTP conformance audits of graphql-http, run against the real server over a real socket.
 * Warnings are the spec's SHOULDs that Apollo answers differently; errors (MUSTs) must be zero.
 */
describe('GraphQL over HTTP conformance', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${t.app.getHttpServer().address().port}/graphql`;
  });
  afterAll(() => t.close());

  it('passes every audit of graphql-http with zero errors', async () => {
    const results = await auditServer({ url });
    const errors = results.filter((result) => result.status === 'error');
    expect(errors.map((result) => `${result.id} ${result.name}: ${"reason" in result ? result.reason : ""}`)).toEqual([]);
    expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThan(20);
  });

  it('tells every cache not to keep a GraphQL response, whether it answered or refused', async () => {
    const post = (query: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const answered = await post('{ __typename }');
    const refused = await post('{ noSuchField }');
    expect([answered.status, answered.headers.get('cache-control')]).toEqual([200, 'no-store']);
    expect([refused.status, refused.headers.get('cache-control')]).toEqual([400, 'no-store']);
  });
});
