import request from 'supertest';
import { seedControlList } from '@concord/database';
import { ReleaseQueryFront, VERDICT_TTL_MS } from '@concord/releases';
import { Clock } from '@concord/shared/config';
import { adoptedProposal, baseEntry, entryInput } from './support/fixtures';
import { QUIET_BACKGROUND } from './support/sql-count';
import { startTestApp, TestApp } from './support/test-app';

const PAGE = `query ($version: String!, $first: Int) {
  release(version: $version) {
    version digest
    entries(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node { code heading paragraphs { path text } relatedControls { text references { regime code } } } } }
  }
}`;

const LATEST = `query ($first: Int) {
  latestRelease {
    version digest
    entries(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node { code heading paragraphs { path text } relatedControls { text references { regime code } } } } }
  }
}`;

/** Pollers run on their own clock; what is counted is what a pull makes the database do. */
const BACKGROUND = /webhook|ballot/i;

interface Pulled {
  status: number;
  text: string;
  etag?: string;
  headers: Record<string, string>;
  body: { data?: any; errors?: { extensions?: { code?: string; reason?: string } }[] };
  statements: string[];
}

describe('Release pull cache: repeated pulls of a published release answered from memory, callers still checked', () => {
  let t: TestApp;
  let delegate: string;
  let secretariat: string;

  /** Operations the front path answered, ahead of body parsing and Apollo. */
  const frontHits: (string | undefined)[] = [];

  beforeAll(async () => {
    t = await startTestApp(QUIET_BACKGROUND);
    await seedControlList(t.app);
    [delegate, secretariat] = [await t.tokenFor('delegate.jp@example.org'), await t.tokenFor('secretariat@example.org')];
    t.app.get(ReleaseQueryFront).onHit((operation) => frontHits.push(operation));
  });
  beforeEach(() => void frontHits.splice(0));
  afterAll(() => t.close());

  /** One POST /graphql, with the SQL statements it ran. */
  async function pull(authorization: string | undefined, query: string, variables?: Record<string, unknown>, accept?: string): Promise<Pulled> {
    const statements: string[] = [];
    const logger = t.db.logger as { logQuery?: (query: string) => void };
    const original = logger.logQuery;
    logger.logQuery = (statement: string) => void (BACKGROUND.test(statement) || statements.push(statement));
    try {
      let call = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
      if (authorization) call = call.set('authorization', authorization);
      if (accept) call = call.set('accept', accept);
      const response = await call.send({ query, variables });
      const headers = { ...response.headers } as Record<string, string>;
      delete headers['date'];
      return { status: response.status, text: response.text, etag: response.headers['etag'], headers, body: response.body, statements };
    } finally {
      logger.logQuery = original;
    }
  }

  /** The same pull twice: a response is kept from its second miss on, so this one was executed and is now cached. */
  async function warm(authorization: string | undefined, query: string, variables?: Record<string, unknown>): Promise<Pulled> {
    await pull(authorization, query, variables);
    return pull(authorization, query, variables);
  }

  const bearer = (token: string) => `Bearer ${token}`;

  async function withTime<T>(clock: Clock, now: Date, run: () => Promise<T>): Promise<T> {
    const spy = jest.spyOn(clock, 'now').mockReturnValue(now);
    try {
      return await run();
    } finally {
      spy.mockRestore();
    }
  }

  it('answers an identical pull with the identical body and no SQL at all once it was asked for twice', async () => {
    const once = await pull(bearer(delegate), PAGE, { version: '2026.0', first: 2 });
    const first = await pull(bearer(delegate), PAGE, { version: '2026.0', first: 2 });
    // Executed again: a response asked for once is not worth its memory (ReleaseResponseStore.admit).
    expect(once.text).toBe(first.text);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.release.entries.edges).toHaveLength(2);
    expect(first.statements.length).toBeGreaterThan(0);

    const second = await pull(bearer(delegate), PAGE, { first: 2, version: '2026.0' });
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.etag).toBe(first.etag);
    expect(second.statements).toEqual([]);
  });

  it('serves another caller allowed to read releases the same entry, after checking who they are', async () => {
    const asSecretariat = await pull(bearer(secretariat), PAGE, { version: '2026.0', first: 2 });
    const asDelegate = await pull(bearer(delegate), PAGE, { version: '2026.0', first: 2 });
    expect(asSecretariat.text).toBe(asDelegate.text);
    // The secretariat's token had not been seen: it is verified (the user must still be active) before the hit.
    expect(asSecretariat.statements.some((statement) => /app_user/.test(statement))).toBe(true);
    expect(asSecretariat.statements.some((statement) => /release/.test(statement))).toBe(false);
  });

  it('keeps another page (other variables) as a separate entry', async () => {
    const two = await pull(bearer(delegate), PAGE, { version: '2026.0', first: 2 });
    const three = await warm(bearer(delegate), PAGE, { version: '2026.0', first: 3 });
    expect(three.body.data.release.entries.edges).toHaveLength(3);
    expect(three.text).not.toBe(two.text);
    // Executed, not answered from the other page's entry: it looked the release up.
    expect(three.statements.some((statement) => /release/.test(statement))).toBe(true);
    const again = await pull(bearer(delegate), PAGE, { version: '2026.0', first: 3 });
    expect(again.text).toBe(three.text);
    expect(again.statements).toEqual([]);
  });

  it('still refuses an anonymous caller on a cached operation', async () => {
    await pull(bearer(delegate), PAGE, { version: '2026.0', first: 2 });
    const anonymous = await pull(undefined, PAGE, { version: '2026.0', first: 2 });
    expect(anonymous.body.data ?? null).toBeNull();
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses bad credentials on a cached operation instead of serving them', async () => {
    await pull(bearer(delegate), PAGE, { version: '2026.0', first: 2 });
    const forged = await pull(bearer(`${delegate.slice(0, -4)}AAAA`), PAGE, { version: '2026.0', first: 2 });
    expect(forged.body.data ?? null).toBeNull();
    expect(forged.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it(`stops serving a revoked API key within ${VERDICT_TTL_MS} ms of the revocation`, async () => {
    const [{ id: jp }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    const created = await pull(bearer(secretariat), 'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiClient { id } apiKey } }', {
      input: { stateId: jp, name: 'Customs cache test', scopes: ['RELEASES_READ'] },
    });
    const { apiClient: client, apiKey } = created.body.data.createApiClient;
    const key = `ApiKey ${apiKey}`;

    const first = await pull(key, PAGE, { version: '2026.0', first: 2 });
    expect(first.body.errors).toBeUndefined();
    const served = await pull(key, PAGE, { version: '2026.0', first: 2 });
    expect(served.text).toBe(first.text);
    expect(served.statements).toEqual([]);

    const revoked = await pull(bearer(secretariat), 'mutation ($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { id } }', { input: { id: client.id } });
    expect(revoked.body.errors).toBeUndefined();
    const clock = t.app.get(Clock);
    const windowClosed = new Date(clock.now().getTime() + VERDICT_TTL_MS);
    const refused = await withTime(clock, windowClosed, () => pull(key, PAGE, { version: '2026.0', first: 2 }));
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
  });

  it.each([
    ['me', '{ release(version: "2026.0") { version entryCount } me { kind } }'],
    ['the status of the release in force', '{ latestRelease { version status } }'],
    ['a fragment on Query with me', 'query { ...Both } fragment Both on Query { release(version: "2026.0") { version } me { kind } }'],
  ])('executes every time a query that also asks for %s', async (_, query) => {
    const first = await pull(bearer(delegate), query);
    expect(first.body.errors).toBeUndefined();
    const second = await pull(bearer(delegate), query);
    expect(second.text).toBe(first.text);
    expect(second.statements.some((statement) => /release/.test(statement))).toBe(true);
  });

  it('executes every time a query for the status of a release that is still PUBLISHED (it becomes SUPERSEDED)', async () => {
    const query = '{ release(version: "2026.0") { version status } }';
    expect((await pull(bearer(delegate), query)).body.data).toEqual({ release: { version: '2026.0', status: 'PUBLISHED' } });
    const second = await pull(bearer(delegate), query);
    expect(second.statements.some((statement) => /release/.test(statement))).toBe(true);
  });

  it('answers a repeated latestRelease pull from memory, keyed by the version in force, with no SQL at all', async () => {
    const first = await warm(bearer(delegate), LATEST, { first: 2 });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.latestRelease.version).toBe('2026.0');
    expect(first.body.data.latestRelease.entries.edges).toHaveLength(2);
    const second = await pull(bearer(delegate), LATEST, { first: 2 });
    expect(second.text).toBe(first.text);
    expect(second.etag).toBe(first.etag);
    expect(second.statements).toEqual([]);
    // The same release by its version: the same content under another root field name.
    const byVersion = await pull(bearer(delegate), PAGE, { version: '2026.0', first: 2 });
    expect(byVersion.body.data.release).toEqual(first.body.data.latestRelease);
  });

  it('still refuses an anonymous caller and bad credentials on a cached latestRelease pull', async () => {
    await pull(bearer(delegate), LATEST, { first: 2 });
    expect((await pull(bearer(delegate), LATEST, { first: 2 })).statements).toEqual([]);
    // latestRelease is nullable: a refusal is a null field beside the error.
    const anonymous = await pull(undefined, LATEST, { first: 2 });
    expect(anonymous.body.data?.latestRelease ?? null).toBeNull();
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await pull(bearer(`${delegate.slice(0, -4)}AAAA`), LATEST, { first: 2 });
    expect(forged.body.data?.latestRelease ?? null).toBeNull();
    expect(forged.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('does not cache a response with errors: an unknown version', async () => {
    const query = '{ release(version: "2099.9") { version entries(first: 2) { totalCount } } }';
    const first = await pull(bearer(delegate), query);
    expect(first.body.errors?.[0].extensions?.reason).toBe('RELEASE_NOT_FOUND');
    const second = await pull(bearer(delegate), query);
    expect(second.body.errors?.[0].extensions?.reason).toBe('RELEASE_NOT_FOUND');
    expect(second.statements.some((statement) => /release/.test(statement))).toBe(true);
  });

  it('answers the same request bytes again ahead of Apollo, with the body and headers the normal path gave', async () => {
    // Another page for each media type, so each starts with nothing cached.
    for (const [first, accept] of [[3, 'application/json'], [5, 'application/graphql-response+json']] as const) {
      const query = `query Page($version: String!, $first: Int) { release(version: $version) { version entries(first: $first) { edges { node { code } } } } }`;
      await pull(bearer(delegate), query, { version: '2026.0', first }, accept);
      await pull(bearer(delegate), query, { version: '2026.0', first }, accept);
      const fromCache = await pull(bearer(delegate), query, { version: '2026.0', first }, accept);
      expect(frontHits).toEqual([]);
      const ahead = await pull(bearer(delegate), query, { version: '2026.0', first }, accept);
      expect(frontHits).toEqual(['Page']);
      expect(ahead.statements).toEqual([]);
      expect(ahead.text).toBe(fromCache.text);
      expect(ahead.headers).toEqual(fromCache.headers);
      expect(ahead.headers['content-type']).toContain(accept);
      frontHits.splice(0);
    }
  });

  it('still checks every caller ahead of Apollo: anonymous and forged callers are refused, a revoked key at once', async () => {
    const [{ id: jp }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    const created = await pull(bearer(secretariat), 'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiClient { id } apiKey } }', {
      input: { stateId: jp, name: 'Customs front test', scopes: ['RELEASES_READ'] },
    });
    const { apiClient: client, apiKey } = created.body.data.createApiClient;
    const key = `ApiKey ${apiKey}`;
    const variables = { version: '2026.0', first: 4 };
    // Executed, executed and kept, answered from the cache (the front learns the bytes), answered by the front.
    for (let repeat = 0; repeat < 4; repeat++) expect((await pull(key, PAGE, variables)).body.errors).toBeUndefined();
    expect(frontHits).toHaveLength(1);

    expect((await pull(undefined, PAGE, variables)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await pull(`ApiKey ${apiKey.slice(0, -4)}AAAA`, PAGE, variables)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await pull(bearer(secretariat), 'mutation ($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { id } }', { input: { id: client.id } });
    const clock = t.app.get(Clock);
    const windowClosed = new Date(clock.now().getTime() + VERDICT_TTL_MS);
    const refused = await withTime(clock, windowClosed, () => pull(key, PAGE, variables));
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(frontHits).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{"query":'],
    ['JSON but not an object', '"{ latestRelease { version } }"'],
  ])('refuses a body that is %s as body-parser would, with MALFORMED_REQUEST', async (_, body) => {
    const response = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('authorization', bearer(delegate)).send(body);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_REQUEST' });
  });

  it('caches the signing keys, which do not change while the server runs', async () => {
    const first = await warm(bearer(delegate), '{ signingKeys { keyId algorithm publicKey current } }');
    expect(first.body.data.signingKeys.length).toBeGreaterThan(0);
    const second = await pull(bearer(delegate), '{ signingKeys { keyId algorithm publicKey current } }');
    expect(second.text).toBe(first.text);
    expect(second.statements).toEqual([]);
  });

  // Last: it publishes 2026.1, which supersedes the release the other cases read.
  it('answers the new release at once after a publication, and the superseded one as SUPERSEDED', async () => {
    const status = '{ release(version: "2026.0") { version status } }';
    const before = await pull(bearer(delegate), LATEST, { first: 2 });
    expect(before.body.data.latestRelease.version).toBe('2026.0');
    expect((await pull(bearer(delegate), LATEST, { first: 2 })).statements).toEqual([]);
    expect((await pull(bearer(delegate), status)).body.data.release.status).toBe('PUBLISHED');

    const jp = await t.as('delegate.jp@example.org');
    const entry = await baseEntry(jp, '5A001');
    const proposal = await adoptedProposal(t, jp, 'Add HR to 5A001', [
      { kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(entry, { reasons: [...new Set([...entry.reasons, 'HR'])] }) },
    ]);
    const published = await pull(bearer(secretariat), 'mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }', {
      input: { version: '2026.1', proposalIds: [proposal.id] },
    });
    expect(published.body.errors).toBeUndefined();

    const after = await warm(bearer(delegate), LATEST, { first: 2 });
    expect(after.body.data.latestRelease.version).toBe('2026.1');
    expect(after.statements.some((statement) => /release/.test(statement))).toBe(true);
    const again = await pull(bearer(delegate), LATEST, { first: 2 });
    expect(again.text).toBe(after.text);
    expect(again.statements).toEqual([]);
    // The bytes the front path learned under 2026.0 now name 2026.1: never the superseded answer.
    expect(frontHits.length).toBeGreaterThan(0);
    expect((await pull(bearer(delegate), LATEST, { first: 2 })).text).toBe(after.text);

    expect((await pull(bearer(delegate), '{ latestRelease { version status } }')).body.data.latestRelease).toEqual({ version: '2026.1', status: 'PUBLISHED' });
    // SUPERSEDED is terminal: from now on the status is kept, and it is the one the database has.
    const superseded = await warm(bearer(delegate), status);
    expect(superseded.body.data.release).toEqual({ version: '2026.0', status: 'SUPERSEDED' });
    const kept = await pull(bearer(delegate), status);
    expect(kept.text).toBe(superseded.text);
    expect(kept.statements).toEqual([]);
    // The superseded release by its version is still served from memory.
    expect((await pull(bearer(delegate), PAGE, { version: '2026.0', first: 2 })).statements).toEqual([]);
  });
});
