import type { Browser, Page } from 'playwright-core';
import { seedControlList } from '@concord/database';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, tabTo, WebServer } from './support';

const JP = 'delegate.jp@example.org';
const PROPOSAL_URL = /\/proposals\/([0-9a-f-]{36})$/;
const GET = `query ($id: ID!) { proposal(id: $id) { currentRevision status revision { title rationale changes { kind code entry { paragraphs { path kind text } } } } } }`;

async function fillAbout(page: Page, title: string) {
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Rationale').fill('Carrier equipment is used to find and arrest journalists.');
  await page.getByLabel('Human-rights risk').fill('Deep packet inspection at national scale.');
}

describeInBrowser('drafting a proposal', () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer();
    await seedControlList(server.t.app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('amends 5A001 from its text, shows a bad path at its field before saving, saves, and survives a stale edit', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, JP);
    await page.goto('/proposals/new');
    await page.getByRole('heading', { level: 1, name: 'Draft a new proposal' }).waitFor();
    await page.getByLabel('Kind of change').waitFor();
    await expectNoAxeViolations(page, 'drafting (empty)');

    await page.goto('/proposals/new?amend=5A001');
    const path1 = page.getByLabel('Path of paragraph 1', { exact: true });
    await path1.waitFor();
    expect(await path1.inputValue()).toMatch(/^5A001\./);
    const firstPath = await path1.inputValue();
    await page.getByText('The text below is 5A001 as it stands in release 2026.0').waitFor();
    await screenshot(page, 'drafting-new');
    await fillAbout(page, 'Widen 5A001 to the network layer');

    const text1 = page.getByLabel('Text of paragraph 1', { exact: true });
    await text1.fill(`${await text1.inputValue()} (including carrier-class equipment)`);
    await page.getByRole('button', { name: 'Add a paragraph after (paragraph 1)' }).click();
    await page.getByLabel('Kind of paragraph 2', { exact: true }).selectOption('NOTE');
    await page.getByLabel('Path of paragraph 2', { exact: true }).fill(firstPath);
    await page.getByLabel('Text of paragraph 2', { exact: true }).fill('This covers equipment sold to carriers.');

    // A path no paragraph can have: the API's check, as the person types, puts its words at that field.
    const path3 = page.getByLabel('Path of paragraph 3', { exact: true });
    const goodPath3 = await path3.inputValue();
    await path3.fill('5A001..zz');
    await path3.locator('xpath=self::*[@aria-invalid="true"]').waitFor();
    expect(await path3.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await path3.getAttribute('aria-describedby'))!.split(' ').pop()!;
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('A paragraph number is not valid.');
    await page.getByRole('button', { name: 'Check' }).click();
    const summaryLink = page.getByRole('link', { name: /Change 1, paragraph 3, path: A paragraph number is not valid/ });
    await summaryLink.waitFor();
    expect(await summaryLink.getAttribute('href')).toBe('#field-changes-0-entry-paragraphs-2-path');
    await expectNoAxeViolations(page, 'drafting (with errors)');
    await screenshot(page, 'drafting-errors');
    await summaryLink.click();
    expect(await path3.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await path3.fill(goodPath3);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.waitForURL(PROPOSAL_URL);
    const id = PROPOSAL_URL.exec(new URL(page.url()).pathname)![1];

    const jp = await server.t.as(JP);
    const saved = (await jp.data(GET, { id })).proposal;
    expect(saved).toMatchObject({ currentRevision: 1, status: 'DRAFT', revision: { title: 'Widen 5A001 to the network layer' } });
    const paragraphs = saved.revision.changes[0].entry.paragraphs;
    expect(paragraphs[1]).toEqual({ path: firstPath, kind: 'NOTE', text: 'This covers equipment sold to carriers.' });
    expect(paragraphs[0].text).toMatch(/\(including carrier-class equipment\)$/);

    // Editing again while another member of the delegation revises it through the API.
    await page.goto(`/proposals/${id}/edit`);
    const title = page.getByLabel('Title', { exact: true });
    await title.waitFor();
    expect(await title.inputValue()).toBe('Widen 5A001 to the network layer');
    await title.fill('Widen 5A001 (mine)');
    const head = await server.t.as('head.jp@example.org');
    await head.data(`mutation ($input: ReviseProposalInput!) { reviseProposal(input: $input) { currentRevision } }`, {
      input: { proposalId: id, expectedRevision: 1, rationale: 'Rationale from the head of delegation.' },
    });
    await page.getByRole('button', { name: 'Save as revision 2' }).click();
    const stale = page.getByRole('alert').filter({ hasText: 'Someone revised this proposal while you were editing' });
    await stale.waitFor();
    expect(await stale.getAttribute('data-reason')).toBe('STALE_REVISION');
    expect(await title.inputValue()).toBe('Widen 5A001 (mine)');
    await expectNoAxeViolations(page, 'drafting (stale)');
    await screenshot(page, 'drafting-stale');
    await page.getByRole('button', { name: 'Load the latest revision and re-apply my changes' }).click();
    await page.getByText('Your edits are applied on top of revision 2.').waitFor();
    expect(await title.inputValue()).toBe('Widen 5A001 (mine)');
    expect(await page.getByLabel('Rationale').inputValue()).toBe('Rationale from the head of delegation.');
    await page.getByRole('button', { name: 'Save as revision 3' }).click();
    await page.waitForURL(PROPOSAL_URL);
    expect((await jp.data(GET, { id })).proposal).toMatchObject({
      currentRevision: 3,
      revision: { title: 'Widen 5A001 (mine)', rationale: 'Rationale from the head of delegation.' },
    });
    session.expectNoOutsideRequests();
    await session.close();
  });

  it('says at the code field why a new entry’s code cannot be one', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, JP);
    await page.goto('/proposals/new');
    await page.getByLabel('Kind of change').selectOption('ADD_ENTRY');
    await page.getByRole('button', { name: 'Add this change' }).click();
    const code = page.getByLabel('Entry code');
    await code.fill('4X005');
    await page.getByLabel('Heading').fill('Crowd cameras');
    await page.getByLabel('Path of paragraph 1', { exact: true }).fill('4X005.a');
    await page.getByLabel('Text of paragraph 1', { exact: true }).fill('Real-time recognition of faces in crowds');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('link', { name: /Change 1, Entry code: That entry code is not valid/ }).first().waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await code.getAttribute('aria-describedby'))!.split(' ').pop()!;
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('That entry code is not valid. Codes look like 5A001 or 4D004.');
    await session.close();
  });

  it('drafts the removal of an entry by keyboard alone', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, JP);
    await page.goto('/proposals/new');
    await page.getByRole('heading', { level: 1, name: 'Draft a new proposal' }).waitFor();
    await tabTo(page, /^Title$/);
    await page.keyboard.type('Remove 4A005');
    await tabTo(page, /^Rationale/);
    await page.keyboard.type('Superseded by 4A005.a.');
    await tabTo(page, /^Human-rights risk/);
    await page.keyboard.type('None once superseded.');
    await tabTo(page, /^Kind of change$/);
    await page.keyboard.type('Remove an');
    expect(await page.getByLabel('Kind of change').inputValue()).toBe('REMOVE_ENTRY');
    await tabTo(page, /^Add this change$/);
    await page.keyboard.press('Enter');
    const code = page.getByLabel('Code of the entry to remove');
    await code.waitFor();
    expect(await code.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type('4A005');
    await page.keyboard.press('Enter');
    await page.getByText(/You are proposing to remove 4A005: “/).waitFor();
    await tabTo(page, /^Save as draft$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(PROPOSAL_URL);
    const id = PROPOSAL_URL.exec(new URL(page.url()).pathname)![1];
    const { proposal } = await (await server.t.as(JP)).data(GET, { id });
    expect(proposal.revision.changes).toEqual([{ kind: 'REMOVE_ENTRY', code: '4A005', entry: null }]);
    await session.close();
  });
});
