import type { Browser } from 'playwright-core';
import { seedControlList } from '@concord/database';
import { adoptedProposal, baseEntry, entryInput } from '../support/fixtures';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, tabTo, WebServer } from './support';

describeInBrowser('the secretariat composes and publishes the next release from the console', () => {
  let server: WebServer;
  let browser: Browser;
  let first: { id: string; reference: string };
  let second: { id: string; reference: string };

  beforeAll(async () => {
    server = await startWebServer();
    await seedControlList(server.t.app);
    browser = await launchBrowser();
    const jp = await server.t.as('delegate.jp@example.org');
    const base = await baseEntry(jp, '5A001');
    first = await adoptedProposal(server.t, jp, 'Human rights as a reason for 5A001', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(base, { reasons: ['HR', ...base.reasons] }) }]);
    const fr = await server.t.as('delegate.fr@example.org');
    second = await adoptedProposal(server.t, fr, 'A new heading for 5A001', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(base, { heading: `${base.heading} (including facial recognition)` }) }]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the conflict between two amendments of one entry, resolves it by leaving one out, and publishes by keyboard', async () => {
    const { page, close, expectNoOutsideRequests } = await newWebSession(browser, server.baseUrl);
    await signIn(page, 'secretariat@example.org');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Next release' }).click();
    await page.getByRole('heading', { level: 1, name: 'The next release' }).waitFor();
    await page.getByRole('heading', { name: '1 conflict to resolve before publishing' }).waitFor();
    expect(await page.getByRole('button', { name: /^Publish release/ }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: `Leave ${first.reference} out` }).waitFor();
    await expectNoAxeViolations(page, 'next release with a conflict');
    await screenshot(page, 'secretariat-next-release-conflict');

    await page.getByRole('button', { name: `Leave ${second.reference} out` }).click();
    await page.getByRole('heading', { name: 'Changelog (1)' }).waitFor();
    expect(await page.getByRole('heading', { name: /conflict/ }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: new RegExp(second.reference) }).isChecked()).toBe(false);
    expect(await page.locator('.changelog ins').first().textContent()).toContain('HR');

    await tabTo(page, /^Version$/);
    expect(await page.getByLabel('Version').inputValue()).toBe('2026.1');
    // A date field's keyboard entry follows the browser's locale; the day is set directly.
    await page.getByLabel('In force from').fill('2027-01-01');
    await tabTo(page, /^Publish release 2026\.1$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Release 2026.1 is published and signed.' }).waitFor();
    const digest = await page.locator('#published ~ dl code, [aria-labelledby="published"] code').first().textContent();
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    await expectNoAxeViolations(page, 'release published');
    await screenshot(page, 'secretariat-release-published');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the signed document' }).click();
    expect((await download).suggestedFilename()).toBe('2026.1.json');

    const released = (await (await server.t.as('secretariat@example.org')).data(`{ release(version: "2026.1") { effectiveFrom digest } proposal(id: "${second.id}") { status } }`));
    expect(released.release).toEqual({ effectiveFrom: '2027-01-01', digest });
    expect(released.proposal.status).toBe('ADOPTED');
    // The one left out stays for the next release.
    await page.getByRole('checkbox', { name: new RegExp(second.reference) }).waitFor();
    expectNoOutsideRequests();
    await close();
  });
});
