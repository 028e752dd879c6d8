import { JwtService } from '@nestjs/jwt';
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
    // No check is called for, nor the periodic one waited for: the change of password is announced to the open sockets.
    expect(await eventually(() => socket.state.closeCode, t.config.socketRecheckMs / 2)).toBe(4403);
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

  it('invites a person: the account, its link and the mail exist together, and only the link opens the account', async () => {
    const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id email role active state { code } } }`;
    const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
    const secretariat = await t.as('secretariat@example.org');
    const [{ id: jp }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    const counts = async () => (await t.db.query(`SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM password_reset)::int AS links, (SELECT count(*) FROM mail_outbox)::int AS mails, (SELECT count(*) FROM audit_event)::int AS events`))[0];

    // Bad input changes nothing: a delegate needs a delegation, and an address is taken once.
    const before = await counts();
    expect(errorOf(await secretariat.request(INVITE, { input: { email: 'hana.sato@example.org', displayName: 'Hana Sato', role: 'DELEGATE' } }))?.code).toBe('BAD_USER_INPUT');
    expect(errorOf(await secretariat.request(INVITE, { input: { email: 'delegate.jp@example.org', displayName: 'Again', role: 'DELEGATE', stateId: jp } }))?.code).toBe('CONFLICT');
    expect(errorOf(await (await t.as('head.jp@example.org')).request(INVITE, { input: { email: 'x@example.org', displayName: 'X', role: 'DELEGATE', stateId: jp } }))?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const { inviteUser } = await secretariat.data(INVITE, { input: { email: 'Hana.Sato@example.org', displayName: 'Hana Sato', role: 'DELEGATE', stateId: jp } });
    expect(inviteUser).toMatchObject({ email: 'hana.sato@example.org', role: 'DELEGATE', active: true, state: { code: 'JP' } });
    expect(await counts()).toEqual({ users: before.users + 1, links: before.links + 1, mails: before.mails + 1, events: before.events + 1 });
    expect(await t.db.query(`SELECT action FROM audit_event WHERE object_id = $1`, [inviteUser.id])).toEqual([{ action: 'user.invited' }]);
    expect(await t.db.query(`SELECT origin, round(extract(epoch FROM expires_at - created_at))::int AS ttl FROM password_reset WHERE user_id = $1`, [inviteUser.id])).toEqual([
      { origin: 'INVITATION', ttl: 7 * 24 * 3600 },
    ]);
    const [mail] = (await secretariat.data(OUTBOX)).devMailOutbox.filter((m: { to: string }) => m.to === 'hana.sato@example.org');
    expect(mail).toMatchObject({ category: 'invitation', subject: 'You are invited to Concord' });
    expect(mail.text).toContain('within 7 day(s)');
    const token = /token=([\w-]+)/.exec(mail.text)![1];

    // Nobody can sign in before a password is chosen, not even with the demo password.
    expect((await signInWithCookie(t.app.getHttpServer(), { email: 'hana.sato@example.org', password: DEMO_PASSWORD })).accessToken).toBeUndefined();
    // Six days later the link still works, once.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 6 * 24 * 3600 * 1000));
    await t.gql.data(RESET, { input: { token, newPassword: NEW_PASSWORD } });
    jest.restoreAllMocks();
    expect(await fresh('hana.sato@example.org', NEW_PASSWORD)).toBeTruthy();
    expect(await t.db.query(`SELECT summary->>'origin' AS origin FROM audit_event WHERE object_id = $1 AND action = 'user.password_reset'`, [inviteUser.id])).toEqual([{ origin: 'INVITATION' }]);

    // A week and a second after it was sent, an invitation no longer opens the account.
    const { inviteUser: late } = await secretariat.data(INVITE, { input: { email: 'kenji.ito@example.org', displayName: 'Kenji Ito', role: 'DELEGATE', stateId: jp } });
    const [lateMail] = (await secretariat.data(OUTBOX)).devMailOutbox.filter((m: { to: string }) => m.to === 'kenji.ito@example.org');
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + (7 * 24 * 3600 + 1) * 1000));
    expect(errorOf(await t.gql.request(RESET, { input: { token: /token=([\w-]+)/.exec(lateMail.text)![1], newPassword: NEW_PASSWORD } }))?.reason).toBe('INVALID_RESET_TOKEN');
    expect(late.active).toBe(true);
  });
});
