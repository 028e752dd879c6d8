import { errorOf } from '@concord/shared/testing';
import { DEMO_PASSWORD, startTestApp, TestApp } from './support/test-app';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken expiresAt user { email role state { code } } } }';
const ME = '{ me { kind user { email role } apiClient { name } state { code } } }';

describe('signing in and asking who I am', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs a head of delegation in and answers me with their state', async () => {
    const { login } = await t.gql.data(LOGIN, { input: { email: 'head.jp@example.org', password: DEMO_PASSWORD } });
    expect(login.user).toEqual({ email: 'head.jp@example.org', role: 'HEAD_OF_DELEGATION', state: { code: 'JP' } });
    expect(new Date(login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const { me } = await t.gql.as({ token: login.accessToken }).data(ME);
    expect(me).toEqual({ kind: 'USER', user: { email: 'head.jp@example.org', role: 'HEAD_OF_DELEGATION' }, apiClient: null, state: { code: 'JP' } });
  });

  it('treats email case and surrounding spaces as the same account', async () => {
    const { login } = await t.gql.data(LOGIN, { input: { email: '  Delegate.FR@Example.org ', password: DEMO_PASSWORD } });
    expect(login.user.email).toBe('delegate.fr@example.org');
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await t.gql.request(LOGIN, { input: { email: 'nobody@example.org', password: DEMO_PASSWORD } });
    const wrong = await t.gql.request(LOGIN, { input: { email: 'delegate.de@example.org', password: 'not-the-password' } });
    expect(errorOf(unknown)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(errorOf(wrong)).toEqual(errorOf(unknown));
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('asks anonymous callers to authenticate and refuses forged or expired tokens', async () => {
    expect(errorOf(await t.gql.request(ME))).toEqual({ code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' });
    const forged = await t.gql.as({ token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.invalid' }).request(ME);
    expect(errorOf(forged)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
  });

  it('signs out a deactivated person at once, even with a valid token', async () => {
    const token = await t.tokenFor('delegate.it@example.org');
    await t.db.query(`UPDATE app_user SET active = false WHERE email = 'delegate.it@example.org'`);
    expect(errorOf(await t.gql.as({ token }).request(ME))?.code).toBe('UNAUTHENTICATED');
  });

  it('limits failed sign-ins per account, then refuses even the right password for a while', async () => {
    const email = 'delegate.ca@example.org';
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(errorOf(await t.gql.request(LOGIN, { input: { email, password: 'wrong-password' } }))?.code).toBe('UNAUTHENTICATED');
    }
    const limited = await t.gql.request(LOGIN, { input: { email, password: DEMO_PASSWORD } });
    expect(errorOf(limited)).toEqual({ code: 'RATE_LIMITED', reason: 'TOO_MANY_ATTEMPTS' });
    // Another account from the same address is still allowed: the per-address limit is higher.
    expect((await t.gql.data(LOGIN, { input: { email: 'delegate.au@example.org', password: DEMO_PASSWORD } })).login.user.email).toBe('delegate.au@example.org');
  });

  it('limits failed sign-ins per address across accounts', async () => {
    await t.db.query(`DELETE FROM login_failure`);
    for (let attempt = 0; attempt < 20; attempt++) {
      await t.gql.request(LOGIN, { input: { email: `guess${attempt}@example.org`, password: 'wrong-password' } });
    }
    const limited = await t.gql.request(LOGIN, { input: { email: 'head.nl@example.org', password: DEMO_PASSWORD } });
    expect(errorOf(limited)?.code).toBe('RATE_LIMITED');
    await t.db.query(`DELETE FROM login_failure`);
  });
});
