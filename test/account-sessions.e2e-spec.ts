import { OpenSockets } from '@concord/events';
import { Clock } from '@concord/shared/config';
import { errorOf } from '@concord/shared/testing';
import { cookieOf, openSubscription, refresh, signInWithCookie } from './support/accounts';
import { eventually } from './support/eventually';
import { DEMO_PASSWORD, startTestApp, TestApp } from './support/test-app';

const ME = '{ me { user { email } } }';

describe('sessions: refresh cookie, sign out everywhere, subscriptions that end', () => {
  let t: TestApp;
  let sockets: OpenSockets;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    sockets = t.app.get(OpenSockets);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  const server = () => t.app.getHttpServer();

  it('sets an httpOnly, SameSite=Strict refresh cookie scoped to /auth, rotates it, and ends the session when an old one is replayed', async () => {
    const signedIn = await signInWithCookie(server(), { email: 'delegate.gb@example.org', password: DEMO_PASSWORD });
    expect(signedIn.cookie).toMatch(/HttpOnly/);
    expect(signedIn.cookie).toMatch(/SameSite=Strict/);
    expect(signedIn.cookie).toMatch(/Path=\/auth/);
    expect(JSON.stringify(signedIn.body)).not.toContain(signedIn.cookie!.split(';')[0].split('=')[1]);

    expect((await refresh(server(), signedIn.cookie).set('concord-refresh', '')).status).toBe(403);
    const first = await refresh(server(), signedIn.cookie);
    expect(first.status).toBe(200);
    expect((await t.gql.as({ token: first.body.accessToken }).data(ME)).me.user.email).toBe('delegate.gb@example.org');
    const next = cookieOf(first);
    expect(next).toBeDefined();
    expect(next).not.toBe(signedIn.cookie);

    // The first cookie again: someone holds a copy. The session ends for both.
    const replay = await refresh(server(), signedIn.cookie);
    expect(replay.status).toBe(401);
    expect(replay.body).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' });
    expect((await refresh(server(), next)).body).toMatchObject({ reason: 'SESSION_ENDED' });
    expect(errorOf(await t.gql.as({ token: first.body.accessToken }).request(ME))?.code).toBe('UNAUTHENTICATED');
  });

  it('lists my sessions, signs one device out, and signs out everywhere', async () => {
    const email = 'delegate.au@example.org';
    const a = await signInWithCookie(server(), { email, password: DEMO_PASSWORD });
    const b = await signInWithCookie(server(), { email, password: DEMO_PASSWORD });
    const asA = t.gql.as({ token: a.accessToken });
    const { mySessions } = await asA.data('{ mySessions { id current } }');
    expect(mySessions).toHaveLength(2);
    const other = mySessions.find((session: { current: boolean }) => !session.current);
    await asA.data(`mutation ($input: RevokeSessionInput!) { revokeSession(input: $input) { id } }`, { input: { sessionId: other.id } });
    expect(errorOf(await t.gql.as({ token: b.accessToken }).request(ME))?.code).toBe('UNAUTHENTICATED');
    expect((await refresh(server(), b.cookie)).status).toBe(401);

    const c = await signInWithCookie(server(), { email, password: DEMO_PASSWORD });
    const { signOutEverywhere } = await asA.data('mutation { signOutEverywhere { endedSessions } }');
    expect(signOutEverywhere.endedSessions).toBe(2);
    for (const token of [a.accessToken, c.accessToken]) expect(errorOf(await t.gql.as({ token }).request(ME))?.code).toBe('UNAUTHENTICATED');
    expect((await refresh(server(), c.cookie)).status).toBe(401);
  });

  it('closes the socket of a deactivated person with 4403 at once: the deactivation is announced, no periodic check is waited for', async () => {
    const token = await t.tokenFor('delegate.nl@example.org');
    const socket = openSubscription(t.app, `Bearer ${token}`);
    await eventually(() => socket.state.connected);
    expect(await sockets.sweep()).toBe(0);
    const [{ id }] = await t.db.query(`SELECT id FROM app_user WHERE email = 'delegate.nl@example.org'`);
    await (await t.as('secretariat@example.org')).data(`mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }`, { input: { id, active: false } });
    // Well within SOCKET_RECHECK_MS: the revocation's own event started the check.
    expect(await eventually(() => socket.state.closeCode, t.config.socketRecheckMs / 2)).toBe(4403);
  });

  it('closes the socket of a revoked API client at once, and of a token that expired at the next check (controlled clock)', async () => {
    const secretariat = await t.as('secretariat@example.org');
    const [{ id: jp }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    const { createApiClient } = await secretariat.data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiClient { id } apiKey } }', {
      input: { stateId: jp, name: 'customs', scopes: ['RELEASES_READ'] },
    });
    const machine = openSubscription(t.app, `ApiKey ${createApiClient.apiKey}`, 'subscription { releasePublished { version } }');
    const token = await t.tokenFor('head.kr@example.org');
    const person = openSubscription(t.app, `Bearer ${token}`);
    await eventually(() => machine.state.connected && person.state.connected);
    expect(await sockets.sweep()).toBe(0);

    await secretariat.data('mutation ($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { id } }', { input: { id: createApiClient.apiClient.id } });
    expect(await eventually(() => machine.state.closeCode, t.config.socketRecheckMs / 2)).toBe(4403);
    expect(person.state.closeCode).toBeUndefined();

    const clock = t.app.get(Clock);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + (t.config.jwtTtlSeconds + 1) * 1000));
    expect(await sockets.sweep()).toBe(1);
    expect(await eventually(() => person.state.closeCode)).toBe(4403);
  });

  it('refuses an anonymous socket without connectionParams cleanly instead of crashing the guard', async () => {
    const socket = openSubscription(t.app, undefined);
    const error = await eventually(() => socket.state.errors[0] as { extensions?: { code?: string } } | undefined);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    await socket.client.dispose();
  });
});
