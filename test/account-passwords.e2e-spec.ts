import { JwtService } from '@nestjs/jwt';
import { OpenSockets } from '@concord/events';
import { Clock } from '@concord/shared/config';
import { errorOf } from '@concord/shared/testing';
import { eventually } from './support/eventually';
import { openSubscription, signInWithCookie } from './support/accounts';
import { DEMO_PASSWORD, startTestApp, TestApp } from './support/test-app';

const ME = '{ me { user { email } } }';
const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken user { email } } }`;
const UPDATE_USER = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id active } }`;
const OUTBOX = `{ devMailOutbox { to subject text category } }`;
const NEW_PASSWORD = 'lantern orchard velvet 42';

describe('passwords and the per-user token version', () => {
  let t: TestApp;
  let clock: Clock;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    clock = t.app.get(Clock);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  const userId = async (email: string) => (await t.db.query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id as string;
  const fresh = async (email: string, password = DEMO_PASSWORD) => (await signInWithCookie(t.app.getHttpServer(), { email, password })).accessToken!;

  it('changes my password with the current one; a weak or wrong one is refused with a clear reason', async () => {
    const token = await fresh('delegate.jp@example.org');
    const me = t.gql.as({ token });
    const wrong = await me.request(CHANGE, { input: { currentPassword: 'not-it', newPassword: NEW_PASSWORD } });
    expect(errorOf(wrong)).toEqual({ code: 'BAD_USER_INPUT', reason: 'WRONG_CURRENT_PASSWORD' });
    const weak = await me.request(CHANGE, { input: { currentPassword: DEMO_PASSWORD, newPassword: 'password1234' } });
    expect(errorOf(weak)).toEqual({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });
    expect(weak.errors![0].message).toMatch(/most common passwords/);
    const short = await me.request(CHANGE, { input: { currentPassword: DEMO_PASSWORD, newPassword: 'short one' } });
    expect(short.errors![0].extensions).toMatchObject({ reason: 'WEAK_PASSWORD', fields: [{ field: 'newPassword' }] });
  });

  it('ends the old token and the open subscription at once when I change my password; the answer is a fresh session', async () => {
    const token = await fresh('delegate.fr@example.org');
    const socket = openSubscription(t.app, `Bearer ${token}`);
    await eventually(() => socket.state.connected);
    const { changePassword } = await t.gql.as({ token }).data(CHANGE, { input: { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD } });
    expect(errorOf(await t.gql.as({ token }).request(ME))).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect((await t.gql.as({ token: changePassword.accessToken }).data(ME)).me.user.email).toBe('delegate.fr@example.org');
    expect(await t.app.get(OpenSockets).sweep()).toBe(1);
    expect(await eventually(() => socket.state.closeCode)).toBe(4403);
    await socket.client.dispose();
    expect(errorOf(await t.gql.request(`mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: 'delegate.fr@example.org', password: DEMO_PASSWORD } }))?.reason).toBe('INVALID_CREDENTIALS');
    expect(await fresh('delegate.fr@example.org', NEW_PASSWORD)).toBeTruthy();
  });

  it('invalidates every earlier token on deactivation, and does not bring them back on reactivation', async () => {
    const secretariat = await t.as('secretariat@example.org');
    const before = await fresh('delegate.de@example.org');
    const id = await userId('delegate.de@example.org');
    await secretariat.data(UPDATE_USER, { input: { id, active: false } });
    expect(errorOf(await t.gql.as({ token: before }).request(ME))?.code).toBe('UNAUTHENTICATED');
    await secretariat.data(UPDATE_USER, { input: { id, active: true } });
    expect(errorOf(await t.gql.as({ token: before }).request(ME))?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql.as({ token: await fresh('delegate.de@example.org') }).data(ME)).me.user.email).toBe('delegate.de@example.org');
  });

  it('refuses a signed token without exp or with an exp beyond the configured maximum, and an expired one', async () => {
    const token = await fresh('delegate.it@example.org');
    const jwt = t.app.get(JwtService);
    const claims = jwt.decode(token) as Record<string, unknown>;
    const sign = (payload: Record<string, unknown>) => jwt.sign(payload, { secret: t.config.jwtSecret, algorithm: 'HS256' });
    const { exp: _exp, ...withoutExp } = claims;
    expect(errorOf(await t.gql.as({ token: sign(withoutExp) }).request(ME))?.code).toBe('UNAUTHENTICATED');
    const tenYears = sign({ ...claims, exp: (claims['iat'] as number) + 10 * 365 * 24 * 3600 });
    expect(errorOf(await t.gql.as({ token: tenYears }).request(ME))?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql.as({ token }).data(ME)).me.user.email).toBe('delegate.it@example.org');
    jest.spyOn(clock, 'now').mockReturnValue(new Date(((claims['exp'] as number) + 1) * 1000));
    expect(errorOf(await t.gql.as({ token }).request(ME))?.code).toBe('UNAUTHENTICATED');
  });

  it('resets a password through a one-time link mailed on request: it works once and not after it expires', async () => {
    const email = 'head.ca@example.org';
    expect((await t.gql.data(`mutation { requestPasswordReset(input: { email: "${email}" }) }`)).requestPasswordReset).toBe(true);
    // An unknown address gets the same answer and no mail.
    expect((await t.gql.data(`mutation { requestPasswordReset(input: { email: "nobody@example.org" }) }`)).requestPasswordReset).toBe(true);
    const mine = (await (await t.as(email)).data(OUTBOX)).devMailOutbox;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ to: email, category: 'password_reset', subject: 'Reset your Concord password' });
    const token = /token=([\w-]+)/.exec(mine[0].text)![1];
    expect(mine[0].text).toContain('http://localhost:3000/reset-password?token=');
    const stored = await t.db.query(`SELECT token_hash FROM password_reset WHERE user_id = $1`, [await userId(email)]);
    expect(stored[0].token_hash).not.toContain(token);

    const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
    const weak = await t.gql.request(RESET, { input: { token, newPassword: 'qwertyuiop12' } });
    expect(errorOf(weak)?.reason).toBe('WEAK_PASSWORD');
    const oldToken = await fresh(email);
    await t.gql.data(RESET, { input: { token, newPassword: NEW_PASSWORD } });
    expect(errorOf(await t.gql.as({ token: oldToken }).request(ME))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql.request(RESET, { input: { token, newPassword: 'another fine passphrase' } }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_RESET_TOKEN' });
    expect(await fresh(email, NEW_PASSWORD)).toBeTruthy();

    // The secretariat sends one; an hour later (the default lifetime) it no longer works.
    const secretariat = await t.as('secretariat@example.org');
    await secretariat.data(`mutation ($input: IssuePasswordResetInput!) { issuePasswordReset(input: $input) { id } }`, { input: { userId: await userId(email) } });
    const all = (await secretariat.data(OUTBOX)).devMailOutbox.filter((mail: { to: string }) => mail.to === email);
    const second = /token=([\w-]+)/.exec(all[0].text)![1];
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 3601 * 1000));
    expect(errorOf(await t.gql.request(RESET, { input: { token: second, newPassword: 'yet another fine passphrase' } }))?.reason).toBe('INVALID_RESET_TOKEN');
  });
});
