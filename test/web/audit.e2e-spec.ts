import type { Browser } from 'playwright-core';
import { seedControlList } from '@concord/database';
import { baseEntry, entryInput, submittedProposal } from '../support/fixtures';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, tabTo, WebServer } from './support';

describeInBrowser('the audit trail on screen', () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer();
    await seedControlList(server.t.app);
    browser = await launchBrowser();
    const jp = await server.t.as('delegate.jp@example.org');
    const base = await baseEntry(jp, '5A001');
    await submittedProposal(jp, 'Facial recognition in 5A001', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(base, { reasons: ['HR', ...base.reasons] }) }]);
    const de = await server.t.as('delegate.de@example.org');
    const deBase = await baseEntry(de, '4A005');
    await submittedProposal(de, 'Intrusion software', [{ kind: 'AMEND_ENTRY', code: '4A005', entry: entryInput(deBase, { reasons: ['HR', ...deBase.reasons] }) }]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the secretariat filter the events in words and verify the whole chain, by keyboard', async () => {
    const { page, close, expectNoOutsideRequests } = await newWebSession(browser, server.baseUrl);
    await signIn(page, 'secretariat@example.org');
    await page.goto('/audit');
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await page.getByRole('cell', { name: /A proposal was submitted/ }).first().waitFor();
    await expectNoAxeViolations(page, 'audit trail');
    await screenshot(page, 'audit');

    await tabTo(page, /^Verify the chain$/);
    await page.keyboard.press('Enter');
    await page.getByText(/The chain is intact: \d+ events checked\./).waitFor();

    await page.getByLabel('What happened').selectOption('PROPOSAL_SUBMITTED');
    await page.getByLabel('State').fill('DE');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/action=PROPOSAL_SUBMITTED/);
    await page.getByText('Showing 1 of 1').waitFor();
    expect(await page.getByRole('row').nth(1).textContent()).toContain('DE');
    expectNoOutsideRequests();
    await close();
  });

  it('shows a delegation only its own state’s events, without the chain check', async () => {
    const { page, close } = await newWebSession(browser, server.baseUrl);
    await signIn(page, 'delegate.de@example.org');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit trail' }).click();
    await page.getByText('What Germany’s delegation did in Concord', { exact: false }).waitFor();
    await page.getByRole('cell', { name: /A proposal was submitted/ }).first().waitFor();
    const byColumn = await page.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(byColumn.length).toBeGreaterThan(0);
    expect(byColumn.every((text) => text.endsWith('DE'))).toBe(true);
    // Japan's events are in the chain too, shown only by their place in it.
    await page.getByRole('cell', { name: /Not visible to your delegation/ }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Verify the chain' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'audit trail (delegation)');
    await close();
  });
});
