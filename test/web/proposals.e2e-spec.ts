import { seedControlList } from '@concord/database';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, tabTo, WebServer } from './support';

const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id reference } }`;
const SUBMIT = `mutation ($input: ProposalActionInput!) { submitProposal(input: $input) { id status } }`;
const REVISE = `mutation ($input: ReviseProposalInput!) { reviseProposal(input: $input) { id currentRevision } }`;

const justification = {
  humanRightsRisk: 'Deep packet inspection at national scale is used to identify and arrest journalists.',
  evidenceOfMisuse: 'UN Special Rapporteur reports, 2024 and 2025.',
  foreignAvailability: 'Limited outside participating states.',
  controllability: 'Carrier-class equipment is sold through few vendors.',
  clarity: '',
};

interface Created {
  id: string;
  reference: string;
}

describeInBrowser('proposals: the list, one proposal, and what a delegation does with it', () => {
  let server: WebServer;
  let browser: Browser;
  let base5A001: {
    heading: string;
    reasons: string[];
    definitions: string[];
    correlations: unknown[];
    relatedControls: { text: string | null; references: unknown[] };
    paragraphs: { path: string; kind: string; text: string }[];
  };
  let amended: Created; // JP, under review: amends 5A001
  let toSubmit: Created; // JP draft: adds 4A990
  let toWithdraw: Created; // JP draft: adds 4A991
  let secret: Created; // JP draft nobody else may see: adds 4A992

  const amendment = (text: string) => ({
    kind: 'AMEND_ENTRY',
    code: '5A001',
    entry: {
      code: '5A001',
      heading: base5A001.heading,
      status: 'ACTIVE',
      reasons: ['HR', ...base5A001.reasons],
      paragraphs: base5A001.paragraphs.map((p) => (p.path === '5A001.j.1.a' && p.kind === 'ITEM' ? { ...p, text } : p)),
      // Everything else as the release has it, so that the redline shows only the amended words.
      references: base5A001.relatedControls.references,
      relatedControlsText: base5A001.relatedControls.text,
      definitions: base5A001.definitions,
      correlations: base5A001.correlations,
    },
  });
  const baseText = () => base5A001.paragraphs.find((p) => p.path === '5A001.j.1.a' && p.kind === 'ITEM')!.text;
  const addition = (code: string, heading: string) => ({
    kind: 'ADD_ENTRY',
    entry: { code, heading, status: 'ACTIVE', reasons: ['HR'], paragraphs: [{ path: `${code}.a`, kind: 'ITEM', text: `${heading} operating in real time` }], references: [], definitions: [], correlations: [] },
  });

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    await seedControlList(server.t.app);
    const jp = await server.t.as('delegate.jp@example.org');
    const { latestRelease } = await jp.data('{ latestRelease { entry(code: "5A001") { heading reasons definitions correlations { scheme code relation } relatedControls { text references { regime code } } paragraphs { path kind text } } } }');
    base5A001 = latestRelease.entry;
    const create = async (title: string, changes: unknown[]) =>
      (await jp.data(CREATE, { input: { title, rationale: 'Surveillance of IP networks is used against human-rights defenders.', justification, changes } })).createProposal as Created;
    amended = await create('Widen the layers of 5A001.j', [amendment(baseText().replace('the application layer', 'the network or application layer'))]);
    await jp.data(SUBMIT, { input: { proposalId: amended.id, expectedRevision: 1 } });
    toSubmit = await create('Crowd facial recognition systems', [addition('4A990', 'Crowd facial recognition systems')]);
    toWithdraw = await create('Gait analysis cameras', [addition('4A991', 'Gait analysis cameras')]);
    secret = await create('Confidential emotion detection draft', [addition('4A992', 'Emotion detection software')]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const caption = (page: Page, total: number) => page.getByRole('table').locator('caption', { hasText: `Proposals matching the filters: ${total}` }).waitFor();
  const applyFilters = (page: Page) => page.getByRole('button', { name: 'Apply filters' }).click();
  const status = (page: Page, text: string) => page.getByTestId('proposal-status').filter({ hasText: text }).waitFor();

  it('lists and filters proposals for their delegation, through the address too, and opens one with its redline', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, 'delegate.jp@example.org');
    await page.goto('/proposals');
    await page.getByRole('heading', { level: 1, name: 'Proposals' }).waitFor();
    await caption(page, 4);
    for (const { reference } of [amended, toSubmit, toWithdraw, secret]) await page.getByRole('link', { name: reference }).waitFor();
    expect(await page.getByRole('link', { name: 'Draft a new proposal' }).getAttribute('href')).toBe('/proposals/new');
    const firstRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: amended.reference }) });
    expect(await firstRow.textContent()).toContain('Widen the layers of 5A001.j');
    expect(await firstRow.textContent()).toContain('Under review');
    expect(await firstRow.textContent()).toContain('Japan');
    await expectNoAxeViolations(page, 'proposals');
    await screenshot(page, 'proposals');

    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Under review' });
    await applyFilters(page);
    await page.waitForURL(/status=UNDER_REVIEW/);
    await caption(page, 1);
    await page.getByRole('link', { name: amended.reference }).waitFor();
    expect(await page.getByRole('link', { name: toSubmit.reference }).count()).toBe(0);

    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Draft' });
    await applyFilters(page);
    await caption(page, 3);

    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Everything in process (under review, voting, adopted)' });
    await page.getByLabel('Sponsoring state').selectOption({ label: 'Japan' });
    await applyFilters(page);
    await page.waitForURL(/status=in-process/);
    await caption(page, 1);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await caption(page, 4);
    await page.getByLabel('Entry code').fill('5a001');
    await applyFilters(page);
    await page.waitForURL(/code=5A001/);
    await caption(page, 1);
    await page.getByRole('link', { name: amended.reference }).waitFor();

    // The address alone reproduces a filtered list.
    await page.goto('/proposals?q=facial');
    await caption(page, 1);
    await page.getByRole('link', { name: toSubmit.reference }).waitFor();
    expect(await page.getByLabel('Words').inputValue()).toBe('facial');

    await page.getByLabel('Words').fill('zeppelin');
    await applyFilters(page);
    await page.getByRole('status').getByText('No proposal matches these filters.', { exact: false }).waitFor();

    await page.goto('/proposals');
    await page.getByRole('link', { name: amended.reference }).click();
    await page.getByRole('heading', { level: 1, name: `${amended.reference}: Widen the layers of 5A001.j` }).waitFor();
    await status(page, 'Under review');
    const changes = page.locator('section', { has: page.getByRole('heading', { name: 'Changes (1)' }) });
    await changes.getByRole('heading', { name: 'Change 1: Amend entry 5A001' }).waitFor();
    await changes.locator('ins', { hasText: 'network or' }).first().waitFor();
    expect(await changes.locator('ins').first().textContent()).toMatch(/^\[inserted: /);
    await page.getByText('Deep packet inspection at national scale', { exact: false }).waitFor();
    // The sponsor edits and withdraws its own; co-sponsoring is for other states.
    expect(await page.getByRole('link', { name: 'Edit this proposal' }).getAttribute('href')).toBe(`/proposals/${amended.id}/edit`);
    expect(await page.getByRole('button', { name: 'Join as co-sponsor' }).count()).toBe(0);
    await page.getByText('This proposal has one revision only', { exact: false }).waitFor();
    await page.getByText('No ballot has been held on this proposal.').waitFor();
    await expectNoAxeViolations(page, 'proposal');
    await screenshot(page, 'proposal');
    session.expectNoOutsideRequests();
    await session.close();
  });

  it('submits a draft and withdraws another, each after a confirmation', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, 'delegate.jp@example.org');
    await page.goto(`/proposals/${toSubmit.id}`);
    await status(page, 'Draft');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('group').getByText('Submit revision 1 for review?', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'proposal-confirm');
    await page.getByRole('button', { name: 'Yes, submit' }).click();
    await page.getByRole('status').getByText('Submitted for review.').waitFor();
    await status(page, 'Under review');
    expect(await page.getByRole('button', { name: 'Submit for review' }).count()).toBe(0);

    await page.goto(`/proposals/${toWithdraw.id}`);
    await status(page, 'Draft');
    await page.getByRole('button', { name: 'Withdraw this proposal' }).click();
    // Cancel first: nothing happens.
    await page.getByRole('button', { name: 'Cancel' }).click();
    await status(page, 'Draft');
    await page.getByRole('button', { name: 'Withdraw this proposal' }).click();
    await page.getByRole('button', { name: 'Yes, withdraw' }).click();
    await page.getByRole('status').getByText('The proposal was withdrawn.').waitFor();
    await status(page, 'Withdrawn');
    await page.getByText('Your role and this proposal’s status leave nothing for you to do here.').waitFor();
    await session.close();
  });

  it('keeps another delegation’s draft out of sight, saying why in words; lets another state join and leave', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, 'delegate.fr@example.org');
    await page.goto('/proposals');
    await page.getByRole('link', { name: amended.reference }).waitFor();
    expect(await page.getByRole('link', { name: secret.reference }).count()).toBe(0);
    expect(await page.content()).not.toContain('Confidential emotion detection draft');

    await page.goto(`/proposals/${secret.id}`);
    await page.getByRole('heading', { level: 1, name: 'Proposal not available' }).waitFor();
    const alert = page.getByRole('alert');
    await alert.getByText('This proposal does not exist, or it is a draft of another delegation.').waitFor();
    expect(await alert.getAttribute('data-reason')).toBe('PROPOSAL_NOT_FOUND');
    expect(await page.content()).not.toContain('Emotion detection');
    await expectNoAxeViolations(page, 'proposal-not-found');

    await page.goto(`/proposals/${amended.id}`);
    await status(page, 'Under review');
    expect(await page.getByRole('link', { name: 'Edit this proposal' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Join as co-sponsor' }).click();
    await page.getByText(`Should France co-sponsor ${amended.reference}?`).waitFor();
    await page.getByRole('button', { name: 'Yes, join' }).click();
    await page.getByRole('status').getByText('France now co-sponsors this proposal.').waitFor();
    await page.getByTestId('proposal-cosponsors').filter({ hasText: 'France' }).waitFor();
    await page.getByRole('button', { name: 'Leave as co-sponsor' }).click();
    await page.getByRole('button', { name: 'Yes, leave' }).click();
    await page.getByRole('status').getByText('France no longer co-sponsors this proposal.').waitFor();
    await page.getByTestId('proposal-cosponsors').filter({ hasText: 'None yet' }).waitFor();
    await session.close();
  });

  it('refreshes when the sponsor revises, and compares the two revisions word by word', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, 'delegate.fr@example.org');
    // The page subscribes to proposal events as it opens; revise only once that subscription is on its way.
    const socket = page.waitForEvent('websocket');
    await page.goto(`/proposals/${amended.id}`);
    await (await socket).waitForEvent('framesent', { predicate: (frame) => String(frame.payload).includes('ProposalEvents') });
    await page.getByText('This proposal has one revision only', { exact: false }).waitFor();
    const jp = await server.t.as('delegate.jp@example.org');
    await jp.data(REVISE, {
      input: {
        proposalId: amended.id,
        expectedRevision: 1,
        title: 'Widen the layers of 5A001.j to transport',
        changes: [amendment(baseText().replace('the application layer', 'the network, transport or application layer'))],
      },
    });
    await page.getByRole('status').getByText(`${amended.reference} was just updated`, { exact: false }).waitFor();
    await page.getByRole('heading', { level: 1, name: `${amended.reference}: Widen the layers of 5A001.j to transport` }).waitFor();
    expect(await page.getByLabel('From revision').inputValue()).toBe('1');
    expect(await page.getByLabel('To revision').inputValue()).toBe('2');
    const diff = page.getByTestId('revision-diff');
    await diff.getByText('What changed from r1 to r2').waitFor();
    await diff.locator('ins', { hasText: 'transport' }).first().waitFor();
    await diff.getByRole('heading', { name: 'Amend entry 5A001 — changed' }).waitFor();
    const revisions = page.getByRole('table', { name: 'Every revision, the first to the latest' });
    expect(await revisions.getByRole('row').count()).toBe(3);
    await page.getByLabel('To revision').selectOption('1');
    await page.getByText('Choose two different revisions', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'proposal-revisions');
    await screenshot(page, 'proposal-revisions');
    await session.close();
  });

  it('can be done by keyboard alone: filter, open a proposal and join it', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, 'delegate.de@example.org');
    await page.goto('/proposals');
    await page.getByRole('heading', { level: 1, name: 'Proposals' }).waitFor();
    await tabTo(page, /^Entry code/);
    await page.keyboard.type('5A001');
    await tabTo(page, /^Apply filters$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/code=5A001/);
    await caption(page, 1);
    await tabTo(page, new RegExp(`^${amended.reference}$`));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(amended.reference) }).waitFor();
    await status(page, 'Under review');
    await tabTo(page, /^Join as co-sponsor$/);
    await page.keyboard.press('Enter');
    // The confirmation takes the focus: Enter confirms.
    await page.getByRole('button', { name: 'Yes, join' }).waitFor();
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe('Yes, join');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Germany now co-sponsors this proposal.').waitFor();
    await page.getByTestId('proposal-cosponsors').filter({ hasText: 'Germany' }).waitFor();
    await session.close();
  });
});
