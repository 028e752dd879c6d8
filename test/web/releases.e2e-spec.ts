import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { seedControlList } from '@concord/database';
import { adoptedProposal, baseEntry, entryInput } from '../support/fixtures';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, tabTo, WebServer } from './support';

const ARTIFACTS = resolve(__dirname, '../../test-artifacts');

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += c;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}

describeInBrowser('releases: every version, its signed document, a CSV export and a printable legal text', () => {
  let server: WebServer;
  let browser: Browser;
  let entryCount: number;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    await seedControlList(server.t.app);
    // A second release, so that the first is superseded.
    const jp = await server.t.as('delegate.jp@example.org');
    const base = await baseEntry(jp, '5A001');
    const proposal = await adoptedProposal(server.t, jp, 'Human rights as a reason for 5A001', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(base, { reasons: ['HR', ...base.reasons] }) }]);
    const secretariat = await server.t.as('secretariat@example.org');
    await secretariat.data(`mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }`, { input: { version: '2026.1', proposalIds: [proposal.id] } });
    entryCount = (await jp.data(`{ release(version: "2026.0") { entryCount } }`)).release.entryCount;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists both releases, exports one as CSV and downloads its signed document', async () => {
    const { page, close, expectNoOutsideRequests } = await newWebSession(browser, server.baseUrl);
    await signIn(page, 'delegate.fr@example.org');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Releases' }).click();
    await page.getByRole('heading', { level: 1, name: 'Releases' }).waitFor();
    const table = page.getByRole('table', { name: 'Released versions of the list, newest first' });
    const rows = table.getByRole('row');
    await rows.nth(2).waitFor();
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).getByRole('rowheader').textContent()).toBe('2026.1');
    expect(await rows.nth(1).textContent()).toContain('Published, in force');
    expect(await rows.nth(2).getByRole('rowheader').textContent()).toBe('2026.0');
    expect(await rows.nth(2).textContent()).toContain('Superseded');
    expect(await rows.nth(2).textContent()).toContain(String(entryCount));
    expect(await rows.nth(1).textContent()).toMatch(/Ed25519 \S+/);
    expect(await rows.nth(1).getByRole('link', { name: 'Compare 2026.1 with 2026.0' }).getAttribute('href')).toBe('/releases/compare?from=2026.0&to=2026.1');
    await expectNoAxeViolations(page, 'releases');
    await screenshot(page, 'releases');

    await page.getByRole('link', { name: 'Release 2026.0' }).click();
    await page.getByRole('heading', { level: 1, name: /2026\.0/ }).waitFor();
    await page.getByRole('heading', { name: 'Download and print' }).waitFor();

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as CSV' }).click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toBe('concord-2026.0.csv');
    await page.getByRole('status').filter({ hasText: `${entryCount} entries exported to concord-2026.0.csv.` }).waitFor();
    const records = parseCsv(readFileSync(await csvFile.path(), 'utf8'));
    expect(records[0]).toEqual(['code', 'category', 'product_group', 'heading', 'status', 'reasons', 'paragraphs']);
    expect(records.length - 1).toBe(entryCount);
    const row = records.find((r) => r[0] === '5A001');
    expect(row?.slice(1, 3)).toEqual(['5', 'A']);
    expect(row?.[5]).not.toContain('HR');
    expect(row?.[6].split('\n').length).toBeGreaterThan(1);
    expect(row?.[6]).toMatch(/^a\. /);

    await screenshot(page, 'release-files');
    const digest = (await page.locator('code.digest').textContent())?.trim();
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    const documentDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the signed document' }).click();
    const document = await documentDownload;
    expect(document.suggestedFilename()).toBe('2026.0.json');
    expect(createHash('sha256').update(readFileSync(await document.path())).digest('hex')).toBe(digest);
    const signatureDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the signature' }).click();
    expect((await signatureDownload).suggestedFilename()).toBe('2026.0.sig');
    expectNoOutsideRequests();
    await close();
  });

  it('prints a release as the legal text, without the app around it, to a PDF of several pages', async () => {
    const { page, close, expectNoOutsideRequests } = await newWebSession(browser, server.baseUrl);
    await signIn(page, 'delegate.fr@example.org');
    await page.goto('/releases/2026.0');
    await page.getByRole('link', { name: 'Printable version' }).click();
    await page.waitForURL('**/releases/2026.0/print');
    await page.getByRole('heading', { level: 1, name: 'Control list, release 2026.0' }).waitFor();
    const entry = page.getByRole('region', { name: /^5A001 / });
    await entry.waitFor();
    expect(await entry.locator('li.paragraph.depth-1').count()).toBeGreaterThan(0);
    expect(await page.locator('.print-entry').count()).toBe(entryCount);
    await page.getByRole('heading', { name: 'Definitions' }).waitFor();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await expectNoAxeViolations(page, 'release print');

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.locator('.app-header').evaluate((header) => (globalThis as any).getComputedStyle(header).display)).toBe('none');
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await screenshot(page, 'release-print');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(resolve(ARTIFACTS, 'release-2026.0.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = Math.max(...[...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2])));
    expect(pages).toBeGreaterThan(1);
    expectNoOutsideRequests();
    await close();
  });

  it('opens a release and starts the CSV export by keyboard alone', async () => {
    const { page, close } = await newWebSession(browser, server.baseUrl);
    await signIn(page, 'head.jp@example.org');
    await page.goto('/releases');
    await page.getByRole('heading', { level: 1, name: 'Releases' }).waitFor();
    await page.getByRole('link', { name: 'Release 2026.0' }).waitFor();
    await tabTo(page, /^Release 2026\.0$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /2026\.0/ }).waitFor();
    await page.getByRole('button', { name: 'Export as CSV' }).waitFor();
    await tabTo(page, /^Export as CSV$/);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Space');
    expect((await download).suggestedFilename()).toBe('concord-2026.0.csv');
    await page.getByRole('status').filter({ hasText: 'exported to concord-2026.0.csv' }).waitFor();
    await close();
  });
});
