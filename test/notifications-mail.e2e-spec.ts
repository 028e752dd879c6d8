import { BallotReminders } from '@concord/ballots';
import { seedControlList } from '@concord/database';
import { GraphQLClient } from '@concord/shared/testing';
import { baseEntry, CAST_POSITION, CREATE_PROPOSAL, entryInput, justification, OPEN_BALLOT, SUBMIT_PROPOSAL, inHours } from './support/fixtures';
import { eventually } from './support/eventually';
import { SmtpReceiver } from './support/smtp-receiver';
import { startTestApp, TestApp } from './support/test-app';

const PREFS = `mutation ($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { locale } }`;
const SET_PREF = `mutation ($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind delivery weekday } }`;
const COMMENT = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const INBOX = `{ myInbox(first: 10) { unreadCount notifications { totalCount edges { node { id kind text read link } } } } }`;

describe('notifications by mail through a real SMTP server, in each person’s language', () => {
  let t: TestApp;
  let smtp: SmtpReceiver;
  let jp: GraphQLClient;
  let amendment: unknown;

  beforeAll(async () => {
    smtp = new SmtpReceiver();
    const url = await smtp.start();
    t = await startTestApp({
      SMTP_URL: url, MAIL_FROM: 'Concord Secretariat <secretariat@concord.test>', PUBLIC_URL: 'https://concord.example.org',
      // The test runs the reminder sweep itself.
      BALLOT_SCHEDULER_INTERVAL_MS: '3600000',
    });
    await seedControlList(t.app);
    jp = await t.as('delegate.jp@example.org');
    const base = await baseEntry(jp, '5A001');
    amendment = { kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(base, { reasons: ['HR', ...base.reasons] }) };
    await (await t.as('head.fr@example.org')).data(PREFS, { input: { locale: 'FR' } });
    await (await t.as('head.jp@example.org')).data(PREFS, { input: { locale: 'JA' } });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const notificationsOf = async (email: string) =>
    (await t.db.query(`SELECT n.kind FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = $1 ORDER BY n.created_at`, [email])).map((row: { kind: string }) => row.kind);

  it('tells nobody outside the delegation of a draft, and tells the delegation of comments on it', async () => {
    const { createProposal } = await jp.data(CREATE_PROPOSAL, { input: { title: 'Draft only', rationale: 'r', justification, changes: [amendment] } });
    const head = await t.as('head.jp@example.org');
    await head.data(COMMENT, { input: { proposalId: createProposal.id, body: 'Let us wait for the plenary.' } });
    await eventually(() => smtp.to('delegate.jp@example.org').length === 1);
    const [mail] = smtp.to('delegate.jp@example.org');
    expect(mail.subject).toContain('commented on your delegation');
    const [others] = await t.db.query(
      `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.subject_id = $1 AND (u.state_id IS DISTINCT FROM (SELECT id FROM participating_state WHERE code = 'JP'))`,
      [createProposal.id],
    );
    expect(others.n).toBe(0);
    const [{ n: queued }] = await t.db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE text_body LIKE '%Draft only%' AND recipient NOT LIKE '%.jp@example.org'`);
    expect(queued).toBe(0);
  });

  it('mails the opening of a ballot and the approaching deadline to heads in their language, with a link into the web app', async () => {
    await (await t.as('head.gb@example.org')).data(SET_PREF, { input: { kind: 'BALLOT_OPENED', delivery: 'OFF' } });
    const { createProposal } = await jp.data(CREATE_PROPOSAL, { input: { title: 'Biometric surveillance', rationale: 'r', justification, changes: [amendment] } });
    await jp.data(SUBMIT_PROPOSAL, { input: { proposalId: createProposal.id } });
    // A reply to the head of France's comment reaches her at once.
    const fr = await t.as('head.fr@example.org');
    const { addComment } = await fr.data(COMMENT, { input: { proposalId: createProposal.id, body: 'Does this cover gait recognition?' } });
    await jp.data(COMMENT, { input: { proposalId: createProposal.id, body: 'Yes, paragraph b.', replyTo: addComment.id } });

    const secretariat = await t.as('secretariat@example.org');
    const { openBallot } = await secretariat.data(OPEN_BALLOT, { input: { proposalId: createProposal.id, rule: 'CONSENSUS', closesAt: inHours(20) } });
    await eventually(() => smtp.to('head.fr@example.org').length >= 2 && smtp.to('head.jp@example.org').length >= 1 && smtp.to('head.us@example.org').length >= 1);

    const frMails = smtp.to('head.fr@example.org');
    const reply = frMails.find((mail) => mail.subject.includes('a répondu à votre commentaire'))!;
    expect(reply.text).toContain('« Yes, paragraph b. »');
    const openedFr = frMails.find((mail) => mail.subject.startsWith('Un scrutin est ouvert'))!;
    expect(openedFr.language).toBe('fr');
    expect(openedFr.text).toContain(`Ouvrir dans Concord: https://concord.example.org/ballots/${openBallot.id}`);
    expect(openedFr.html).toContain(`<a href="https://concord.example.org/ballots/${openBallot.id}">Ouvrir dans Concord</a>`);
    expect(openedFr.parsed.from?.value[0]).toMatchObject({ name: 'Concord Secretariat', address: 'secretariat@concord.test' });
    const openedJa = smtp.to('head.jp@example.org').find((mail) => mail.subject.includes('の投票が'))!;
    expect(openedJa.language).toBe('ja');
    expect(openedJa.html).toContain('lang="ja"');
    expect(smtp.to('head.us@example.org')[0].subject).toMatch(/^A ballot is open on P-\d{4}-\d{3} “Biometric surveillance” until/);
    expect(smtp.to('head.gb@example.org')).toHaveLength(0);

    // The United States take a position; Germany's head names an acting head. Then the reminder sweep runs.
    await (await t.as('head.us@example.org')).data(CAST_POSITION, { input: { ballotId: openBallot.id, position: 'SUPPORT' } });
    const [{ id: delegateDe }] = await t.db.query(`SELECT id FROM app_user WHERE email = 'delegate.de@example.org'`);
    await (await t.as('head.de@example.org')).data(`mutation ($input: AppointActingHeadInput!) { appointActingHead(input: $input) { id } }`, {
      input: { delegateId: delegateDe, startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: inHours(48) },
    });
    const reminders = t.app.get(BallotReminders);
    expect(await reminders.remindDue()).toBe(9);
    expect(await reminders.remindDue()).toBe(0);
    await eventually(() => smtp.to('delegate.de@example.org').some((mail) => mail.subject.includes('has taken no position')));
    await eventually(() => smtp.to('head.fr@example.org').some((mail) => mail.subject.includes("n'a pas pris position")));
    expect(await notificationsOf('head.us@example.org')).not.toContain('BALLOT_CLOSING');
    expect(await notificationsOf('delegate.fr@example.org')).not.toContain('BALLOT_CLOSING');
    expect(await notificationsOf('secretariat@example.org')).not.toContain('BALLOT_CLOSING');

    const { myInbox } = await fr.data(INBOX);
    expect(myInbox.notifications.edges.map((edge: { node: { kind: string } }) => edge.node.kind)).toEqual(['BALLOT_CLOSING', 'BALLOT_OPENED', 'COMMENT_REPLY', 'PROPOSAL_SUBMITTED']);
    expect(myInbox.unreadCount).toBe(4);
    expect(myInbox.notifications.edges[0].node.text).toContain("votre État n'a pas pris position");
    const first = myInbox.notifications.edges[0].node.id;
    expect((await fr.data(`mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`, { input: { notificationIds: [first] } })).markNotificationsRead).toBe(1);
    expect((await fr.data(INBOX)).myInbox.unreadCount).toBe(3);
    const page = await fr.data(`query ($after: String) { myInbox(first: 2, after: $after) { notifications { edges { node { kind read } } pageInfo { hasNextPage endCursor } } } }`);
    expect(page.myInbox.notifications.pageInfo.hasNextPage).toBe(true);
    const next = await fr.data(`query ($after: String) { myInbox(first: 2, after: $after) { notifications { edges { node { kind } } pageInfo { hasNextPage } } } }`, {
      after: page.myInbox.notifications.pageInfo.endCursor,
    });
    expect(next.myInbox.notifications.edges.map((edge: { node: { kind: string } }) => edge.node.kind)).toEqual(['COMMENT_REPLY', 'PROPOSAL_SUBMITTED']);
  });
});
