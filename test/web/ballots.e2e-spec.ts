import type { Browser, Page } from 'playwright-core';
import { seedControlList } from '@concord/database';
import { GraphQLClient } from '@concord/shared/testing';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, tabTo, WebServer } from './support';

const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id reference } }`;
const SUBMIT = `mutation ($input: ProposalActionInput!) { submitProposal(input: $input) { id status } }`;
const OPEN = `mutation ($input: OpenBallotInput!) { openBallot(input: $input) { id } }`;
const CLOSE = `mutation ($input: CloseBallotInput!) { closeBallot(input: $input) { id status outcome outcomeReason } }`;
const CAST = `mutation ($input: CastPositionInput!) { castPosition(input: $input) { position } }`;
const justification = {
  humanRightsRisk: 'Used to track dissidents.',
  evidenceOfMisuse: 'Documented by civil-society reports.',
  foreignAvailability: 'Limited.',
  controllability: 'Few vendors.',
  clarity: 'Unchanged text.',
};
const inDays = (days: number) => new Date(Date.now() + days * 86400000).toISOString();

describeInBrowser('ballots: a head of delegation takes the state’s position', () => {
  let server: WebServer;
  let browser: Browser;
  let delegateJp: GraphQLClient;
  let secretariat: GraphQLClient;
  let count = 0;

  /** A Japanese proposal under review, put to a consensus ballot. */
  async function openBallot(title: string): Promise<{ ballotId: string; reference: string }> {
    count++;
    const { createProposal } = await delegateJp.data(CREATE, {
      input: {
        title,
        rationale: 'The list needs the term.',
        justification,
        changes: [{ kind: 'ADD_DEFINITION', definition: { term: `web ballot term ${count}`, text: 'A term the list uses.' } }],
      },
    });
    await delegateJp.data(SUBMIT, { input: { proposalId: createProposal.id } });
    const { openBallot: ballot } = await secretariat.data(OPEN, { input: { proposalId: createProposal.id, rule: 'CONSENSUS', closesAt: inDays(14) } });
    return { ballotId: ballot.id, reference: createProposal.reference };
  }
  const france = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'France' }) });

  beforeAll(async () => {
    server = await startWebServer();
    await seedControlList(server.t.app);
    [delegateJp, secretariat] = await Promise.all([server.t.as('delegate.jp@example.org'), server.t.as('secretariat@example.org')]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('head.fr sees the ballot awaiting, casts OBJECT then SUPPORT; head.jp watches France’s position arrive live', async () => {
    const title = 'Define intrusion term for the ballot';
    const { ballotId, reference } = await openBallot(title);
    const fr = await newWebSession(browser, server.baseUrl);
    const jp = await newWebSession(browser, server.baseUrl);
    await Promise.all([signIn(fr.page, 'head.fr@example.org'), signIn(jp.page, 'head.jp@example.org')]);

    await jp.page.goto(`/ballots/${ballotId}`);
    await jp.page.getByRole('heading', { level: 1, name: `Ballot on ${reference}` }).waitFor();
    await jp.page.getByText('No state has taken a position yet.').waitFor();

    const page = fr.page;
    await page.goto('/ballots');
    await page.getByRole('heading', { level: 1, name: 'Ballots' }).waitFor();
    const awaiting = page.getByRole('region', { name: 'Awaiting your state’s position' });
    const link = awaiting.getByRole('link', { name: `${reference} — ${title}` });
    await link.waitFor();
    expect(await awaiting.textContent()).toMatch(/closes in 14 days/);
    const row = page.getByRole('row').filter({ hasText: reference });
    expect(await row.getByRole('link', { name: `${reference} — ${title}` }).getAttribute('href')).toMatch(/^\/proposals\//);
    expect(await row.textContent()).toContain('None yet');
    await expectNoAxeViolations(page, 'ballots');
    await screenshot(page, 'ballots');

    await link.click();
    await page.getByRole('heading', { level: 1, name: `Ballot on ${reference}` }).waitFor();
    await page.getByText('Adopted if no state objects or holds a reservation, and at least 50% of the eligible states take a position', { exact: false }).waitFor();
    await page.getByText('France has not taken a position yet.').waitFor();
    const group = page.getByRole('group', { name: 'Position of France' });
    for (const name of ['Support', 'Object', 'Reservation', 'Abstain']) await group.getByRole('radio', { name }).waitFor();
    await group.getByRole('radio', { name: 'Object' }).check();
    await page.getByLabel('Statement').fill('The definition catches lawful network monitoring.');
    await page.getByRole('button', { name: 'Record the position' }).click();
    await page.getByRole('status').filter({ hasText: 'Recorded: France stands at “Object”' }).waitFor();
    await france(page).getByText('The definition catches lawful network monitoring.').waitFor();

    // Japan's head, on the same ballot at the same time, sees France's objection arrive without reloading.
    await france(jp.page).getByText('Object').waitFor();
    await jp.page.getByTestId('ballot-live').getByText('France now stands at “Object”.').waitFor();
    await jp.page.getByText('If the ballot closed now: Rejected. At least one state objects, which blocks adoption.').waitFor();

    await page.getByRole('button', { name: 'Change the position' }).waitFor();
    await group.getByRole('radio', { name: 'Support' }).check();
    await page.getByLabel('Statement').fill('Our concern was answered in the comments.');
    await page.getByRole('button', { name: 'Change the position' }).click();
    await page.getByRole('status').filter({ hasText: 'Recorded: France stands at “Support”' }).waitFor();
    await france(jp.page).getByText('Our concern was answered in the comments.').waitFor();
    await jp.page.getByTestId('ballot-live').getByText('France now stands at “Support”.').waitFor();
    // The earlier position stays on record, with its statement.
    const history = france(jp.page).getByText('Earlier positions (1)');
    await history.click();
    await france(jp.page).getByText('The definition catches lawful network monitoring.').waitFor();
    await france(page).getByText('Earlier positions (1)').waitFor();

    await expectNoAxeViolations(page, 'ballot');
    await screenshot(page, 'ballot');
    await expectNoAxeViolations(jp.page, 'ballot (another state)');

    // Answered: no longer awaiting France.
    await page.getByRole('link', { name: 'Ballots' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ballots' }).waitFor();
    await page.getByRole('row').filter({ hasText: reference }).getByText('Support').waitFor();
    await page.getByText('No open ballot awaits your state’s position.').waitFor();
    expect(await page.getByRole('region', { name: 'Awaiting your state’s position' }).getByRole('link', { name: `${reference} — ${title}` }).count()).toBe(0);

    fr.expectNoOutsideRequests();
    jp.expectNoOutsideRequests();
    await Promise.all([fr.close(), jp.close()]);
  });

  it('explains to a delegate that only the head or an acting head casts', async () => {
    const { ballotId, reference } = await openBallot('Define biometric term for the ballot');
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, 'delegate.fr@example.org');
    await page.goto(`/ballots/${ballotId}`);
    await page.getByRole('heading', { level: 1, name: `Ballot on ${reference}` }).waitFor();
    await page.getByText('Only your head of delegation, or an acting head the head named, takes your state’s position.', { exact: false }).waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByRole('button', { name: /record the position/i }).count()).toBe(0);
    await expectNoAxeViolations(page, 'ballot (delegate)');
    await session.close();
  });

  it('shows a closed ballot’s tally and its outcome in words', async () => {
    const title = 'Define tracking term for the ballot';
    const { ballotId, reference } = await openBallot(title);
    const heads = await Promise.all(['us', 'gb', 'de'].map((code) => server.t.as(`head.${code}@example.org`)));
    await heads[0].data(CAST, { input: { ballotId, position: 'SUPPORT' } });
    await heads[1].data(CAST, { input: { ballotId, position: 'SUPPORT' } });
    await heads[2].data(CAST, { input: { ballotId, position: 'RESERVATION', statement: 'Awaiting the Bundestag.' } });
    const { closeBallot } = await secretariat.data(CLOSE, { input: { ballotId } });
    expect(closeBallot).toMatchObject({ status: 'CLOSED', outcome: 'REJECTED', outcomeReason: 'RESERVATION_STANDS' });

    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, 'head.fr@example.org');
    await page.goto(`/ballots/${ballotId}`);
    await page.getByRole('heading', { level: 1, name: `Ballot on ${reference}` }).waitFor();
    const outcome = page.getByRole('region', { name: 'Outcome' });
    await outcome.getByText('Rejected').waitFor();
    await outcome.getByText('At least one state holds a reservation, which blocks adoption while it stands.').waitFor();
    expect(await outcome.textContent()).not.toContain('RESERVATION_STANDS');
    const tally = page.getByRole('table', { name: 'Number of states per position' });
    const countOf = async (name: string) => (await tally.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).getByRole('cell').textContent())?.trim();
    expect(await countOf('Support')).toBe('2');
    expect(await countOf('Reservation')).toBe('1');
    expect(await countOf('No position')).toBe('7');
    expect(await countOf('Eligible states')).toBe('10');
    await page.getByText('Quorum not reached: 3 of 10 states took a position, 5 needed.').waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    await expectNoAxeViolations(page, 'ballot-closed');
    await screenshot(page, 'ballot-closed');

    await page.goto('/ballots');
    await page.getByLabel('Show').selectOption({ label: 'Closed ballots' });
    const row = page.getByRole('row').filter({ hasText: reference });
    await row.getByText('Rejected').waitFor();
    await expectNoAxeViolations(page, 'ballots (closed)');
    await session.close();
  });

  it('lets head.fr cast a position with the keyboard alone', async () => {
    const title = 'Define keyboard term for the ballot';
    const { reference } = await openBallot(title);
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, 'head.fr@example.org');
    await page.goto('/ballots');
    await page.getByRole('region', { name: 'Awaiting your state’s position' }).getByRole('link', { name: `${reference} — ${title}` }).waitFor();
    await tabTo(page, new RegExp(`^${reference} — ${title}$`));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Ballot on ${reference}` }).waitFor();
    await tabTo(page, /^Support$/);
    await page.keyboard.press('ArrowDown'); // Object
    await page.keyboard.press('ArrowDown'); // Reservation
    expect(await page.getByRole('radio', { name: 'Reservation' }).isChecked()).toBe(true);
    await tabTo(page, /^Statement$/);
    await page.keyboard.type('Awaiting parliamentary scrutiny.');
    await tabTo(page, /^Record the position$/);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Recorded: France stands at “Reservation”' }).waitFor();
    await france(page).getByText('Awaiting parliamentary scrutiny.').waitFor();
    session.expectNoOutsideRequests();
    await session.close();
  });
});
