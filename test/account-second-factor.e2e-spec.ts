import { TOTP, Secret } from 'otpauth';
import { Clock } from '@concord/shared/config';
import { errorOf } from '@concord/shared/testing';
import { signInWithCookie } from './support/accounts';
import { DEMO_PASSWORD, startTestApp, TestApp } from './support/test-app';

const BEGIN = 'mutation { beginTotpEnrolment { secret otpauthUri qrCodeSvg qrCodeDataUrl } }';
const CONFIRM = 'mutation ($input: ConfirmTotpInput!) { confirmTotpEnrolment(input: $input) { codes } }';
/** A fixed moment, so the codes are those of a known 30-second step. */
const T0 = new Date('2026-12-02T09:00:10Z');
const codeAt = (secret: string, at: Date) => new TOTP({ secret: Secret.fromBase32(secret), period: 30, digits: 6, algorithm: 'SHA1' }).generate({ timestamp: at.getTime() });

describe('TOTP second factor', () => {
  let t: TestApp;
  let now: Date;
  beforeAll(async () => {
    t = await startTestApp({ SECRETARIAT_TOTP_REQUIRED: 'true' });
    now = T0;
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => now);
  });
  afterAll(() => t.close());

  const login = (email: string, extra: Record<string, string> = {}) => signInWithCookie(t.app.getHttpServer(), { email, password: DEMO_PASSWORD, ...extra });

  it('enrols with a QR code drawn locally, is required at sign-in, and takes each code and recovery code once', async () => {
    const email = 'delegate.us@example.org';
    const me = t.gql.as({ token: (await login(email)).accessToken });
    const { beginTotpEnrolment } = await me.data(BEGIN);
    expect(beginTotpEnrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Concord:delegate\.us%40example\.org\?.*secret=/);
    expect(beginTotpEnrolment.qrCodeSvg).toMatch(/^<svg /);
    expect(beginTotpEnrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const secret = beginTotpEnrolment.secret;

    expect(errorOf(await me.request(CONFIRM, { input: { code: '000000' } }))?.reason).toBe('INVALID_SECOND_FACTOR');
    const { confirmTotpEnrolment } = await me.data(CONFIRM, { input: { code: codeAt(secret, now) } });
    expect(confirmTotpEnrolment.codes).toHaveLength(10);
    const [stored] = await t.db.query(`SELECT count(*)::int AS n FROM recovery_code WHERE code_hash = ANY($1)`, [confirmTotpEnrolment.codes]);
    expect(stored.n).toBe(0);

    expect((await login(email)).body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SECOND_FACTOR_REQUIRED' });
    // The code used to confirm is spent; the next step's code works, once.
    expect((await login(email, { totpCode: codeAt(secret, now) })).body.errors[0].extensions.reason).toBe('INVALID_SECOND_FACTOR');
    now = new Date(T0.getTime() + 30_000);
    expect((await login(email, { totpCode: codeAt(secret, now) })).accessToken).toBeTruthy();
    expect((await login(email, { totpCode: codeAt(secret, now) })).body.errors[0].extensions.reason).toBe('INVALID_SECOND_FACTOR');
    // A code from far in the past is refused.
    now = new Date(T0.getTime() + 10 * 60_000);
    expect((await login(email, { totpCode: codeAt(secret, T0) })).body.errors[0].extensions.reason).toBe('INVALID_SECOND_FACTOR');

    const recovery = confirmTotpEnrolment.codes[0].toUpperCase();
    expect((await login(email, { recoveryCode: recovery })).accessToken).toBeTruthy();
    expect((await login(email, { recoveryCode: recovery })).body.errors[0].extensions.reason).toBe('INVALID_SECOND_FACTOR');
    expect((await t.gql.as({ token: (await login(email, { recoveryCode: confirmTotpEnrolment.codes[1] })).accessToken }).data('{ me { user { secondFactorEnabled } } }')).me.user.secondFactorEnabled).toBe(true);
  });

  it('keeps the authenticator secret sealed at rest, and seals one stored in the clear before sealing existed', async () => {
    const email = 'delegate.gb@example.org';
    const me = t.gql.as({ token: (await login(email)).accessToken });
    const { beginTotpEnrolment } = await me.data(BEGIN);
    const secret = beginTotpEnrolment.secret;
    const stored = async () => (await t.db.query(`SELECT totp_secret, totp_pending_secret FROM app_user WHERE email = $1`, [email]))[0];
    expect((await stored()).totp_pending_secret).not.toContain(secret);
    await me.data(CONFIRM, { input: { code: codeAt(secret, now) } });
    const sealed = (await stored()).totp_secret;
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain(secret);

    // A row written before sealing: the plain secret still works once, and is sealed by that sign-in.
    await t.db.query(`UPDATE app_user SET totp_secret = $2 WHERE email = $1`, [email, secret]);
    now = new Date(now.getTime() + 30_000);
    expect((await login(email, { totpCode: codeAt(secret, now) })).accessToken).toBeTruthy();
    expect((await stored()).totp_secret).toMatch(/^v1:/);
    now = new Date(now.getTime() + 30_000);
    expect((await login(email, { totpCode: codeAt(secret, now) })).accessToken).toBeTruthy();
  });

  it('lets a secretariat account without a second factor do nothing but enrol one where it is required', async () => {
    const signedIn = await login('secretariat@example.org');
    expect(signedIn.body.data.login.secondFactorEnrolmentRequired).toBe(true);
    const secretariat = t.gql.as({ token: signedIn.accessToken });
    expect(errorOf(await secretariat.request('{ users { totalCount } }'))).toEqual({ code: 'FORBIDDEN', reason: 'SECOND_FACTOR_ENROLMENT_REQUIRED' });
    expect((await secretariat.data('{ me { user { email } } }')).me.user.email).toBe('secretariat@example.org');
    const { beginTotpEnrolment } = await secretariat.data(BEGIN);
    now = new Date(T0.getTime() + 11 * 60_000);
    await secretariat.data(CONFIRM, { input: { code: codeAt(beginTotpEnrolment.secret, now) } });
    expect((await secretariat.data('{ users { totalCount } }')).users.totalCount).toBeGreaterThan(0);
    const disable = await secretariat.request('mutation ($input: DisableTotpInput!) { disableTotp(input: $input) { id } }', { input: { currentPassword: DEMO_PASSWORD } });
    expect(errorOf(disable)).toEqual({ code: 'FORBIDDEN', reason: 'SECOND_FACTOR_REQUIRED_FOR_ROLE' });
    expect((await login('secretariat@example.org')).body.errors[0].extensions.reason).toBe('SECOND_FACTOR_REQUIRED');
  });
});
