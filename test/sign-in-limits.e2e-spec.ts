import { Clock } from '@concord/shared/config';
import { errorOf } from '@concord/shared/testing';
import { LOGIN } from './support/accounts';
import { DEMO_PASSWORD, startTestApp, TestApp } from './support/test-app';

const T0 = new Date('2026-12-02T09:00:00Z');

describe('sign-in limits that slow guessing without locking an office out', () => {
  let t: TestApp;
  let now: Date;
  const at = (seconds: number) => (now = new Date(T0.getTime() + seconds * 1000));
  const attempt = (email: string, password: string) => t.gql.request(LOGIN, { input: { email, password } });

  beforeAll(async () => {
    t = await startTestApp();
    now = T0;
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => now);
  });
  beforeEach(() => t.db.query(`DELETE FROM login_failure`));
  afterAll(() => t.close());

  it('gives an account five free failures, then a wait that doubles with each further failure', async () => {
    const email = 'delegate.ca@example.org';
    for (let i = 0; i < 5; i++) expect(errorOf(await attempt(email, 'wrong-password'))?.reason).toBe('INVALID_CREDENTIALS');
    const limited = await attempt(email, DEMO_PASSWORD);
    expect(errorOf(limited)).toEqual({ code: 'RATE_LIMITED', reason: 'TOO_MANY_ATTEMPTS' });
    expect(limited.errors![0].extensions!['retryAfterSeconds']).toBe(30);
    at(31);
    expect(errorOf(await attempt(email, 'wrong-password'))?.reason).toBe('INVALID_CREDENTIALS');
    expect(errorOf(await attempt(email, DEMO_PASSWORD))?.code).toBe('RATE_LIMITED');
    at(31 + 59);
    expect(errorOf(await attempt(email, DEMO_PASSWORD))?.code).toBe('RATE_LIMITED');
    at(31 + 61);
    expect((await attempt(email, DEMO_PASSWORD)).data?.login).toBeTruthy();
  });

  it('counts only unknown or wrong credentials against an address, and lets a correct password through after seconds', async () => {
    at(3600);
    for (let i = 0; i < 20; i++) await attempt(`guess${i}@example.org`, 'wrong-password');
    const office = await attempt('head.nl@example.org', DEMO_PASSWORD);
    expect(errorOf(office)?.code).toBe('RATE_LIMITED');
    expect(office.errors![0].extensions!['retryAfterSeconds']).toBeLessThanOrEqual(10);
    at(3600 + 10);
    expect((await attempt('head.nl@example.org', DEMO_PASSWORD)).data?.login).toBeTruthy();
    // Successes and rate-limited attempts do not count: only the twenty guesses are on record for the address.
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM login_failure WHERE subject LIKE 'ip:%'`);
    expect(n).toBe(20);
    // Another guess from the address is again followed by the short delay, not by a quarter-hour lock.
    expect(errorOf(await attempt('guess99@example.org', 'wrong-password'))?.reason).toBe('INVALID_CREDENTIALS');
    at(3600 + 21);
    expect((await attempt('delegate.kr@example.org', DEMO_PASSWORD)).data?.login).toBeTruthy();
  });

  it('forgets failures older than the window', async () => {
    at(7200);
    const email = 'delegate.it@example.org';
    for (let i = 0; i < 6; i++) await attempt(email, 'wrong-password');
    expect(errorOf(await attempt(email, DEMO_PASSWORD))?.code).toBe('RATE_LIMITED');
    at(7200 + 15 * 60 + 1);
    expect((await attempt(email, DEMO_PASSWORD)).data?.login).toBeTruthy();
  });
});
