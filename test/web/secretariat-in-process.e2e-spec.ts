import type { Browser } from 'playwright-core';
import { seedControlList } from '@concord/database';
import { baseEntry, CAST_POSITION, entryInput, submittedProposal } from '../support/fixtures';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, tabTo, WebServer } from './support';

const STATUS = `query ($id: ID!) { proposal(id: $id) { status ballot { id status closesAt cancelReason outcome } } }`;

describeInBrowser('the secretariat moves proposals along from the console', () => {
  let server: WebServer;
  let browser: Browser;
  let gait: { id: string; reference: string };
  let intrusion: { id: string; reference: string };

  beforeAll(async () => {
    server = await startWebServer();
    await seedControlList(server.t.app);
    browser = await launchBrowser();
    const jp = await server.t.as('delegate.jp@example.org');
    const base = await baseEntry(jp, '5A001');
    gait = await submittedProposal(jp, 'Gait recognition', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(base, { reasons: ['HR', ...base.reasons] }) }]);
    const de = await server.t.as('delegate.de@example.org');
    const deBase = await baseEntry(de, '4A005');
    intrusion = await submittedProposal(de, 'Intrusion software', [{ kind: 'AMEND_ENTRY', code: '4A005', entry: entryInput(deBase, { reasons: ['HR', ...deBase.reasons] }) }]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens a ballot by keyboard, then closes one early and cancels another, each after saying what it does', async () => {
    const { page, close, expectNoOutsideRequests } = await newWebSession(browser, server.baseUrl);
    await signIn(page, 'secretariat@example.org');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'In process' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proposals in process' }).waitFor();
    const gaitCard = page.getByRole('listitem').filter({ hasText: 'Gait recognition' });
    await expectNoAxeViolations(page, 'in process');

    await gaitCard.getByRole('button', { name: 'Open a ballot…' }).focus();
    await page.keyboard.press('Enter');
    await gaitCard.getByText('Revision 1 goes to the vote', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'open a ballot');
    await screenshot(page, 'secretariat-open-ballot');
    await tabTo(page, /^Open the ballot$/);
    await page.keyboard.press('Enter');
    await gaitCard.getByRole('button', { name: 'Close now…' }).waitFor();
    expect((await server.t.as('secretariat@example.org').then((c) => c.data(STATUS, { id: gait.id }))).proposal).toMatchObject({ status: 'VOTING', ballot: { status: 'OPEN' } });

    // France objects; closing now decides from the positions so far.
    const ballotId = (await (await server.t.as('secretariat@example.org')).data(STATUS, { id: gait.id })).proposal.ballot.id;
    await (await server.t.as('head.fr@example.org')).data(CAST_POSITION, { input: { ballotId, position: 'OBJECT', statement: 'Too broad.' } });
    await gaitCard.getByRole('button', { name: 'Close now…' }).click();
    await gaitCard.getByText('The outcome is decided now from the positions taken so far', { exact: false }).waitFor();
    await gaitCard.getByRole('button', { name: 'Close the ballot now' }).click();
    await gaitCard.getByText('Rejected').waitFor();
    await gaitCard.getByRole('button', { name: 'Open a ballot…' }).waitFor();

    const intrusionCard = page.getByRole('listitem').filter({ hasText: 'Intrusion software' });
    await intrusionCard.getByRole('button', { name: 'Open a ballot…' }).click();
    await intrusionCard.getByLabel('Silence procedure', { exact: false }).check();
    await intrusionCard.getByRole('button', { name: 'Open the ballot' }).click();
    await intrusionCard.getByRole('button', { name: 'Cancel…' }).click();
    await intrusionCard.getByRole('button', { name: 'Cancel the ballot' }).click();
    // The reason is required before anything is sent.
    expect(await intrusionCard.getByLabel('Reason').evaluate((el) => (el as unknown as { validity: { valueMissing: boolean } }).validity.valueMissing)).toBe(true);
    await intrusionCard.getByLabel('Reason').fill('The sponsor will revise the text after comments.');
    await intrusionCard.getByRole('button', { name: 'Cancel the ballot' }).click();
    await intrusionCard.getByText('Under review').waitFor();
    const cancelled = (await (await server.t.as('secretariat@example.org')).data(STATUS, { id: intrusion.id })).proposal;
    expect(cancelled).toMatchObject({ status: 'UNDER_REVIEW', ballot: { status: 'CANCELLED', cancelReason: 'The sponsor will revise the text after comments.' } });
    await screenshot(page, 'secretariat-in-process');
    expectNoOutsideRequests();
    await close();
  });

  it('offers each role only its own menu, and tells a delegate who types a secretariat address that it is not for them', async () => {
    const { page, close } = await newWebSession(browser, server.baseUrl);
    await signIn(page, 'delegate.jp@example.org');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My account' }).waitFor();
    const menu = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    expect(menu).toEqual(['Overview', 'The list', 'Releases', 'Proposals', 'Ballots', 'Implementation', 'Audit trail', 'Inbox', 'My account']);
    await page.goto('/secretariat/in-process');
    await page.getByRole('heading', { level: 1, name: 'Not for your role' }).waitFor();
    await page.getByText('This screen is for the Secretariat.').waitFor();
    await expectNoAxeViolations(page, 'not for your role');
    await close();

    const secretariat = await newWebSession(browser, server.baseUrl);
    await signIn(secretariat.page, 'secretariat@example.org');
    await secretariat.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'In process' }).waitFor();
    await secretariat.close();
  });
});
