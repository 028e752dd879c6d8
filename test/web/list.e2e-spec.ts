import type { Browser } from 'playwright-core';
import { seedControlList } from '@concord/database';
import { adoptedProposal } from '../support/fixtures';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, tabTo, WebServer } from './support';

const ENTRY = `code heading status reasons definitions paragraphs { path kind text }
  relatedControls { text references { regime code } } correlations { scheme code relation }`;

describeInBrowser('the list: browse, search, an entry as the legal text, releases and their redline', () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    await seedControlList(server.t.app);
    // A second release, so that compare shows a real redline and 5A001 a history of two versions.
    const jp = await server.t.as('delegate.jp@example.org');
    const { latestRelease } = await jp.data(`{ latestRelease { entry(code: "5A001") { ${ENTRY} } } }`);
    const e = latestRelease.entry;
    const paragraphs = e.paragraphs.map((p: { path: string; kind: string; text: string }) => {
      if (p.kind !== 'ITEM') return p;
      if (p.path === '5A001.a.2') return { ...p, text: 'Specially hardened to withstand gamma, neutron, proton or ion radiation;' };
      return p.path === '5A001.b.4.a' ? { ...p, text: p.text.replace('exceeding 500 MHz', 'exceeding 1 GHz') } : p;
    });
    const entry = { code: e.code, heading: e.heading, status: e.status, reasons: e.reasons, paragraphs, definitions: e.definitions, relatedControlsText: e.relatedControls.text, references: e.relatedControls.references, correlations: e.correlations };
    const proposal = await adoptedProposal(server.t, jp, 'Protons in 5A001', [
      { kind: 'AMEND_ENTRY', code: '5A001', entry },
      { kind: 'ADD_DEFINITION', definition: { term: 'specially designed', text: 'Developed for a particular purpose.' } },
    ]);
    const secretariat = await server.t.as('secretariat@example.org');
    await secretariat.data(`mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }`, { input: { version: '2026.1', proposalIds: [proposal.id] } });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds 5A001 by code, shows it as the legal text with notes, definitions and history, and browses by category', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await page.goto('/sign-in');
    await signIn(page, 'delegate.jp@example.org');
    await page.goto('/list');
    await page.getByRole('heading', { level: 1, name: 'The list' }).waitFor();
    await page.getByRole('table').waitFor();
    await expectNoAxeViolations(page, 'list');
    await screenshot(page, 'list');

    await page.getByLabel('Code or words').fill('5A001');
    await page.getByText('This looks like a code').waitFor();
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.waitForURL('**/list?q=5A001');
    await page.getByText('Release 2026.1: code starts with 5A001.').waitFor();
    await page.getByRole('link', { name: '5A001', exact: true }).click();
    await page.waitForURL('**/list/entries/5A001');
    await page.getByRole('heading', { level: 1, name: /^5A001 — Telecommunications systems/ }).waitFor();

    const note = page.locator('li.paragraph-note', { hasText: '5A001.a.3 and 5A001.a.4 apply only to electronic equipment.' });
    expect(await note.getAttribute('class')).toContain('depth-3');
    expect(await note.textContent()).toContain('Note to a.4:');
    const item = page.locator('li[data-path="5A001.a.4"].paragraph-item');
    expect(await item.getAttribute('class')).toContain('depth-2');
    // The note comes right after its paragraph.
    expect(await item.evaluate((li) => (li as unknown as { nextElementSibling: { textContent: string } }).nextElementSibling.textContent)).toContain('Note to a.4:');

    await page.getByRole('link', { name: 'Specially designed' }).first().click();
    await page.waitForURL('**/list/entries/5A001#definition-specially-designed');
    const target = page.locator('#definition-specially-designed');
    expect(await target.textContent()).toContain('Developed for a particular purpose.');

    const history = page.getByRole('table', { name: 'Every released version of 5A001' });
    await history.getByRole('row', { name: /2026\.0.*Added/ }).waitFor();
    await history.getByRole('row', { name: /2026\.1.*Amended/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Propose an amendment' }).getAttribute('href')).toBe('/proposals/new?amend=5A001');
    expect(await page.getByRole('link', { name: 'Propose removal' }).getAttribute('href')).toBe('/proposals/new?remove=5A001');
    await expectNoAxeViolations(page, 'entry');
    await screenshot(page, 'entry-5A001');

    await page.goBack();
    await page.goBack();
    await page.waitForURL('**/list?q=5A001');
    await page.getByLabel('Code or words').fill('');
    await page.getByLabel('Category').selectOption('4');
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.waitForURL('**/list?category=4');
    await page.getByRole('link', { name: '4A005', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: '5A001', exact: true }).count()).toBe(0);
    await page.getByLabel('Product group').selectOption('D');
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.waitForURL('**/list?category=4&group=D');
    await page.getByRole('link', { name: '4D004', exact: true }).waitFor();
    // The earlier results stay on screen until the filtered page arrives.
    await page.getByRole('link', { name: '4A005', exact: true }).waitFor({ state: 'detached' });

    await page.getByLabel('Code or words').fill('nothing-matches-this-xyz');
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.getByText('No entry of release 2026.1 matches these filters.', { exact: false }).waitFor();
    session.expectNoOutsideRequests();
    await session.close();
  });

  it('shows a release and the redline between two releases', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await page.goto('/sign-in');
    await signIn(page, 'delegate.jp@example.org');
    await page.goto('/releases/2026.1');
    await page.getByRole('heading', { level: 1, name: 'Release 2026.1' }).waitFor();
    await page.getByRole('link', { name: '5A001' }).waitFor();
    await page.getByText('Published, in force').waitFor();
    await expectNoAxeViolations(page, 'release');
    await screenshot(page, 'release');

    await page.getByRole('link', { name: 'Compare with 2026.0' }).click();
    await page.waitForURL('**/releases/compare?from=2026.0&to=2026.1');
    await page.getByRole('heading', { level: 2, name: 'From 2026.0 to 2026.1: 2 differences' }).waitFor();
    expect(await page.getByLabel('Older release').inputValue()).toBe('2026.0');
    expect(await page.getByLabel('Newer release').inputValue()).toBe('2026.1');
    const ins = page.locator('ins', { hasText: 'proton' });
    expect(await ins.textContent()).toContain('[inserted: ');
    await page.locator('ins', { hasText: 'Developed for a particular purpose.' }).waitFor();
    const meanings = page.getByRole('list', { name: 'What this change means' });
    expect(await meanings.first().getByRole('listitem').allTextContents()).toEqual(['Narrowed']);
    await page.getByText('5A001.b.4.a: “exceeding 500 MHz” → “exceeding 1 GHz” (Narrowed)').waitFor();
    expect(await meanings.nth(1).getByRole('listitem').allTextContents()).toEqual(['Editorial']);
    await expectNoAxeViolations(page, 'release-compare');
    await screenshot(page, 'release-compare');

    await page.getByLabel('Older release').selectOption('2026.1');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByText('You chose release 2026.1 on both sides', { exact: false }).waitFor();
    session.expectNoOutsideRequests();
    await session.close();
  });

  it('searches and opens an entry with the keyboard alone', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await page.goto('/sign-in');
    await signIn(page, 'delegate.jp@example.org');
    await page.goto('/list');
    await page.getByRole('table').waitFor();
    await tabTo(page, /^Code or words/);
    await page.keyboard.type('4D004');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/list?q=4D004');
    await page.getByText('code starts with 4D004', { exact: false }).waitFor();
    await tabTo(page, /^4D004$/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/list/entries/4D004');
    await page.getByRole('heading', { level: 1, name: /^4D004 — / }).waitFor();
    await session.close();
  });
});
