import { seedControlList } from '@concord/database';
import { DigestsService } from '@concord/notifications';
import { Clock } from '@concord/shared/config';
import { GraphQLClient } from '@concord/shared/testing';
import { signInWithCookie } from './support/accounts';
import { baseEntry, CREATE_PROPOSAL, entryInput, justification, SUBMIT_PROPOSAL } from './support/fixtures';
import { DEMO_PASSWORD, startTestApp, TestApp } from './support/test-app';

const SET_PREF = `mutation ($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind delivery weekday } }`;

/** A fixed week: Monday 4 January 2027 onwards. */
const at = (iso: string) => new Date(`2027-01-${iso}Z`);

describe('digest composition over a fixed week', () => {
  let t: TestApp;
  let now: Date;
  let amendment: unknown;

  /** Signs in at the test's current time (tokens are dated by the same clock). */
  const as = async (email: string) => new GraphQLClient(t.app.getHttpServer(), { token: (await signInWithCookie(t.app.getHttpServer(), { email, password: DEMO_PASSWORD })).accessToken });
  const digestsOf = (email: string) =>
    t.db.query(`SELECT subject, text_body AS text, category FROM mail_outbox WHERE recipient = $1 AND category LIKE 'digest:%' ORDER BY created_at`, [email]);
  const submit = async (title: string) => {
    const jp = await as('delegate.jp@example.org');
    const { createProposal } = await jp.data(CREATE_PROPOSAL, { input: { title, rationale: 'r', justification, changes: [amendment] } });
    await jp.data(SUBMIT_PROPOSAL, { input: { proposalId: createProposal.id } });
  };

  beforeAll(async () => {
    // The test runs the digest sweep itself, at the moments it names.
    t = await startTestApp({ MAIL_POLL_MS: '600000' });
    await seedControlList(t.app);
    now = at('04T08:00:00');
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => now);
    const base = await baseEntry(await as('delegate.jp@example.org'), '5A001');
    amendment = { kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(base, { reasons: ['HR', ...base.reasons] }) };
    await (await as('delegate.kr@example.org')).data(SET_PREF, { input: { kind: 'PROPOSAL_SUBMITTED', delivery: 'WEEKLY', weekday: 'FRIDAY' } });
    await (await as('delegate.ca@example.org')).data(SET_PREF, { input: { kind: 'PROPOSAL_SUBMITTED', delivery: 'DAILY' } });
    await (await as('delegate.nl@example.org')).data(SET_PREF, { input: { kind: 'PROPOSAL_SUBMITTED', delivery: 'OFF' } });
  });
  afterAll(() => t.close());

  it('refuses a weekly digest without its day', async () => {
    const response = await (await as('delegate.kr@example.org')).request(SET_PREF, { input: { kind: 'BALLOT_CLOSED', delivery: 'WEEKLY' } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_WEEKDAY' });
  });

  it('sends daily digests each morning and the weekly one on the chosen day, each notification once', async () => {
    const digests = t.app.get(DigestsService);
    now = at('04T10:00:00');
    await submit('Monday proposal');
    now = at('05T15:00:00');
    await submit('Tuesday proposal');

    // Tuesday 06:00: the daily reader gets Monday's; the weekly reader waits for Friday.
    expect(await digests.sweep(at('05T06:00:00'))).toBeGreaterThan(0);
    let ca = await digestsOf('delegate.ca@example.org');
    expect(ca).toHaveLength(1);
    expect(ca[0]).toMatchObject({ category: 'digest:DAILY', subject: 'Concord: your daily digest (1)' });
    expect(ca[0].text).toContain('“Monday proposal” was submitted for review');
    expect(await digestsOf('delegate.kr@example.org')).toHaveLength(0);

    // Sweeping again at the same moment sends nothing twice.
    await digests.sweep(at('05T06:00:00'));
    expect(await digestsOf('delegate.ca@example.org')).toHaveLength(1);

    await digests.sweep(at('06T06:00:00'));
    ca = await digestsOf('delegate.ca@example.org');
    expect(ca).toHaveLength(2);
    expect(ca[1].text).toContain('“Tuesday proposal”');
    expect(ca[1].text).not.toContain('“Monday proposal”');

    await digests.sweep(at('07T06:00:00'));
    expect(await digestsOf('delegate.kr@example.org')).toHaveLength(0);
    await digests.sweep(at('08T06:00:00'));
    const kr = await digestsOf('delegate.kr@example.org');
    expect(kr).toHaveLength(1);
    expect(kr[0]).toMatchObject({ category: 'digest:WEEKLY', subject: 'Concord: your weekly digest (2)' });
    expect(kr[0].text.indexOf('Monday proposal')).toBeLessThan(kr[0].text.indexOf('Tuesday proposal'));
    expect(kr[0].text).toContain('http://localhost:3000/proposals/');

    await digests.sweep(at('15T06:00:00'));
    expect(await digestsOf('delegate.kr@example.org')).toHaveLength(1);
    // OFF: neither mail nor inbox.
    expect(await digestsOf('delegate.nl@example.org')).toHaveLength(0);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = 'delegate.nl@example.org' AND n.kind = 'PROPOSAL_SUBMITTED'`);
    expect(n).toBe(0);
  });
});
