import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import request from 'supertest';
import { createTrust, keyIdOf, SigningKeyring, TrustStore, writeTrustDirectory } from '@concord/releases';
import { loadConfig } from '@concord/shared/config';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { startTestApp, TestApp } from './support/test-app';

/** The settings an operator gets with NODE_ENV=production, probed from outside over HTTP. */
describe('production settings', () => {
  let t: TestApp;
  let trustDir: string;
  let secretariat: GraphQLClient;
  beforeAll(async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const signingKey = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    // What `concord root init --release-key` makes: production refuses to start without it.
    trustDir = join(mkdtempSync(join(tmpdir(), 'concord-production-')), 'trust');
    const release = { keyId: keyIdOf(publicKey), publicKey };
    writeTrustDirectory(trustDir, createTrust({ rootKeyCount: 3, rootThreshold: 2, release, releaseValidFrom: new Date(0), now: new Date(), expiresInDays: 30 }));
    const env = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-chars', SECOND_FACTOR_KEY: 'a-second-factor-key-of-at-least-32-chars', SIGNING_KEY: signingKey };
    const missing = loadConfig({ ...env, TRUST_DIR: join(trustDir, '..', 'missing') });
    expect(() => TrustStore.fromConfig(missing, SigningKeyring.fromConfig(missing))).toThrow(/holds no root metadata: run `concord root init`/);
    t = await startTestApp({ ...env, TRUST_DIR: trustDir });
    // In production the secretariat may do nothing before it has a second factor: enrol one first.
    secretariat = await t.as('secretariat@example.org');
    expect(errorOf(await secretariat.request('{ users { totalCount } }'))?.reason).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
    const { beginTotpEnrolment } = await secretariat.data('mutation { beginTotpEnrolment { secret } }');
    const code = new TOTP({ secret: Secret.fromBase32(beginTotpEnrolment.secret) }).generate();
    await secretariat.data('mutation ($input: ConfirmTotpInput!) { confirmTotpEnrolment(input: $input) { codes } }', { input: { code } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(join(trustDir, '..'), { recursive: true, force: true });
  });

  it('does not sign a secretariat account in without its second factor', async () => {
    const response = await t.gql.request('mutation { login(input: { email: "secretariat@example.org", password: "concord-test-password" }) { accessToken } }');
    expect(errorOf(response)).toEqual({ code: 'UNAUTHENTICATED', reason: 'SECOND_FACTOR_REQUIRED' });
  });

  it('refuses introspection', async () => {
    const response = await secretariat.request('{ __schema { types { name } } }');
    expect(errorOf(response)?.code).toBe('BAD_USER_INPUT');
    expect(response.data).toBeUndefined();
  });

  it('serves no landing page', async () => {
    const response = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(response.text ?? '').not.toMatch(/<html/i);
  });

  it('gives no "did you mean" hints about the schema', async () => {
    const response = await secretariat.request('{ mee { kind } }');
    expect(errorOf(response)?.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).not.toMatch(/did you mean/i);
  });

  it('answers an unexpected failure with INTERNAL and no stack trace, SQL or table names', async () => {
    await t.db.query('ALTER TABLE api_client RENAME TO api_client_hidden');
    try {
      const response = await secretariat.request('{ apiClients { totalCount } }');
      expect(response.errors).toEqual([
        { message: 'Internal server error', path: ['apiClients'], extensions: { code: 'INTERNAL', reason: 'INTERNAL' } },
      ]);
    } finally {
      await t.db.query('ALTER TABLE api_client_hidden RENAME TO api_client');
    }
  });

  it('refuses batched requests', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/batch/i);
  });

  it('blocks a GET without a CSRF-safe header, and accepts it with one', async () => {
    const blocked = await request(t.app.getHttpServer()).get('/graphql').query({ query: '{ __typename }' });
    expect(blocked.status).toBe(400);
    expect(blocked.text).toMatch(/CSRF/);
    const allowed = await request(t.app.getHttpServer())
      .get('/graphql')
      .query({ query: '{ __typename }' })
      .set('apollo-require-preflight', 'true');
    expect(allowed.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses an over-deep query before executing any of it', async () => {
    let selection = 'code';
    for (let level = 0; level < 8; level++) selection = `members { state { ${selection} } }`;
    const queries: string[] = [];
    const logger = t.db.logger as { logQuery?: (query: string) => void };
    const original = logger.logQuery;
    logger.logQuery = (query: string) => void queries.push(query);
    try {
      const response = await secretariat.request(`{ participatingStates { ${selection} } }`);
      expect(errorOf(response)?.code).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toMatch(/depth/i);
      expect(response.data).toBeUndefined();
      expect(queries.filter((query) => /participating_state/.test(query))).toEqual([]);
    } finally {
      logger.logQuery = original;
    }
  });

  it('refuses too many aliases and oversized documents', async () => {
    const aliases = Array.from({ length: 30 }, (_, index) => `a${index}: me { kind }`).join(' ');
    const tooManyAliases = await secretariat.request(`{ ${aliases} }`);
    expect(errorOf(tooManyAliases)?.code).toBe('BAD_USER_INPUT');
    expect(tooManyAliases.errors![0].message).toMatch(/aliases/i);
    const fields = Array.from({ length: 2000 }, () => 'me { kind }').join(' ');
    const tooManyTokens = await secretariat.request(`{ ${fields} }`);
    expect(errorOf(tooManyTokens)?.code).toBe('BAD_USER_INPUT');
    expect(tooManyTokens.errors![0].message).toMatch(/token/i);
  });
});
