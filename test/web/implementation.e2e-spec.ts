import type { Browser } from 'playwright-core';
import { seedControlList } from '@concord/database';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, WebServer } from './support';

const RECORD = `mutation ($input: RecordImplementationInput!) { recordImplementation(input: $input) { revision } }`;
const FRANCE_WITH_5A001 = { version: '2026.0', state: 'FR', status: 'IMPLEMENTED_WITH_DEVIATIONS', legalReference: 'Décret n° 2027-112 du 3 février 2027', entryIntoForce: '2027-03-01' };

describeInBrowser('national implementation: the matrix, and a delegation recording its own state', () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer();
    await seedControlList(server.t.app);
    const headDe = await server.t.as('head.de@example.org');
    await headDe.data(RECORD, {
      input: { version: '2026.0', state: 'DE', expectedRevision: 0, status: 'IMPLEMENTED', legalReference: 'Außenwirtschaftsverordnung, BGBl. 2027 I Nr. 12', entryIntoForce: '2027-01-15' },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('delegate.fr records IMPLEMENTED_WITH_DEVIATIONS from the matrix, fixing what the form refuses; delegate.jp reads it', async () => {
    const fr = await newWebSession(browser, server.baseUrl);
    const page = fr.page;
    await signIn(page, 'delegate.fr@example.org');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Implementation' }).click();
    await page.getByRole('heading', { level: 1, name: 'National implementation' }).waitFor();
    const table = page.getByRole('table', { name: 'Implementation of each release by state, newest release first' });
    await table.getByRole('columnheader', { name: 'Release 2026.0' }).waitFor();
    const germany = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Germany/ }) });
    expect(await germany.textContent()).toContain('Implemented');
    expect(await germany.textContent()).toContain('Außenwirtschaftsverordnung, BGBl. 2027 I Nr. 12');
    expect(await germany.textContent()).toContain('In force from January 15, 2027');
    // Another state's cell offers no way to record.
    expect(await germany.getByRole('link', { name: /Record|Update/ }).count()).toBe(0);

    const france = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /France/ }) });
    expect(await france.textContent()).toContain('Not started');
    await france.getByRole('link', { name: 'Record (France, release 2026.0)' }).click();
    await page.getByRole('heading', { level: 1, name: 'France: implementation of release 2026.0' }).waitFor();

    const form = page.getByRole('form', { name: 'Record the implementation of France' });
    await form.getByLabel('Status').selectOption('IMPLEMENTED_WITH_DEVIATIONS');
    await form.getByRole('button', { name: 'Record' }).click();
    await form.getByText('Give the national act that implements the release.').waitFor();
    await form.getByText('Give the date from which the national act applies.').waitFor();
    await form.getByText('Add at least one deviation, or choose “Implemented”.').waitFor();
    expect(await form.getByLabel('National legal reference').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('National legal reference').fill('Décret n° 2027-112 du 3 février 2027');
    await form.getByLabel('Date of entry into force').fill('2027-03-01');
    await form.getByRole('button', { name: 'Add a deviation' }).click();
    const deviation = form.getByRole('group', { name: 'Deviation 1' });
    // An entry that is not in the release: the API names the field.
    await deviation.getByLabel('Entry').fill('9E999');
    await deviation.getByLabel('Reason').selectOption('NOT_TRANSPOSED');
    await deviation.getByLabel('Explanation').fill('Left to a later act.');
    await form.getByRole('button', { name: 'Record' }).click();
    await form.getByText('9E999 is not an entry of 2026.0').waitFor();
    await expectNoAxeViolations(page, 'implementation-form-errors');
    await screenshot(page, 'implementation-form-errors');

    await deviation.getByLabel('Entry').fill('5A001');
    await form.getByRole('button', { name: 'Record' }).click();
    await form.getByRole('status').filter({ hasText: 'Recorded: release 2026.0, revision 1.' }).waitFor();
    await page.getByRole('table', { name: 'Deviations from release 2026.0' }).getByRole('rowheader', { name: '5A001' }).waitFor();

    // The head of delegation records meanwhile: the delegate's next save names a revision that is no longer current.
    const headFr = await server.t.as('head.fr@example.org');
    await headFr.data(RECORD, {
      input: { ...FRANCE_WITH_5A001, expectedRevision: 1, deviations: [{ entryCode: '5A001', reason: 'DELAYED', explanation: 'The head of delegation’s wording.' }] },
    });
    await deviation.getByLabel('Explanation').fill('Left to a later act, expected in 2028.');
    await form.getByRole('button', { name: 'Record' }).click();
    await form.getByText('Someone in your delegation recorded this implementation since you opened it.', { exact: false }).waitFor();

    const jp = await newWebSession(browser, server.baseUrl);
    await signIn(jp.page, 'delegate.jp@example.org');
    await jp.page.goto('/implementation');
    const jpTable = jp.page.getByRole('table', { name: 'Implementation of each release by state, newest release first' });
    const franceSeen = jpTable.getByRole('row').filter({ has: jp.page.getByRole('rowheader', { name: /France/ }) });
    await franceSeen.getByText('Implemented with deviations').waitFor();
    expect(await franceSeen.textContent()).toContain('Décret n° 2027-112 du 3 février 2027');
    expect(await franceSeen.textContent()).toContain('In force from March 1, 2027');
    await expectNoAxeViolations(jp.page, 'implementation-matrix');
    await screenshot(jp.page, 'implementation-matrix');
    await franceSeen.getByRole('link', { name: '1 deviation (France, release 2026.0)' }).click();
    await jp.page.getByRole('heading', { level: 1, name: 'France: implementation of release 2026.0' }).waitFor();
    await jp.page.getByText('Only the delegation of France records its implementation; you can read it here.').waitFor();
    // The head's revision stands: the stale save changed nothing.
    await jp.page.getByRole('cell', { name: 'The head of delegation’s wording.' }).waitFor();
    expect(await jp.page.getByRole('form').count()).toBe(0);
    await screenshot(jp.page, 'implementation-detail-read-only');

    fr.expectNoOutsideRequests();
    jp.expectNoOutsideRequests();
    await fr.close();
    await jp.close();
  });
});
