import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { seedControlList } from '@concord/database';
import { adoptedProposal, baseEntry, entryInput } from '../support/fixtures';
import { describeInBrowser, expectNoAxeViolations, launchBrowser, newWebSession, screenshot, signIn, startWebServer, tabTo, WebServer } from './support';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const RECORD = `mutation ($input: RecordTranslationsInput!) { recordTranslations(input: $input) { units } }`;
const AMENDED_A2 = 'Specially hardened to withstand gamma, neutron, proton or ion radiation;';
const AUTHENTIC_A2 = 'Spécialement durcis pour résister aux rayonnements gamma, neutroniques, protoniques ou ioniques ;';

describeInBrowser('an entry side by side in two languages, with each text’s status and staleness', () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    await seedControlList(server.t.app);
    const [fr, jp] = await Promise.all([server.t.as('delegate.fr@example.org'), server.t.as('delegate.jp@example.org')]);
    const e = await baseEntry(jp, '5A001');
    // France translates the first items against 2026.0; Japan records a machine translation of the first.
    const items = e.paragraphs.filter((p) => ['5A001.a', '5A001.a.1', '5A001.a.2'].includes(p.path) && p.kind === 'ITEM');
    const unit = (p: { path: string; kind: string; text: string }, text: string) => ({ kind: p.kind, path: p.path, occurrence: 0, text, sourceDigest: sha256(p.text) });
    await fr.data(RECORD, { input: { language: 'fr', units: items.map((p) => unit(p, `[FR] ${p.text}`)) } });
    await jp.data(RECORD, { input: { language: 'ja', status: 'MACHINE', units: [unit(items[0], '電気通信システム（機械翻訳）')] } });
    // Then 5A001.a.2 is amended, with an authentic French text agreed beside the new English.
    const paragraphs = e.paragraphs.map((p) => (p.path === '5A001.a.2' && p.kind === 'ITEM' ? { ...p, text: AMENDED_A2, texts: [{ language: 'fr', text: AUTHENTIC_A2 }] } : p));
    const proposal = await adoptedProposal(server.t, jp, 'Protons in 5A001, in English and French', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(e, { paragraphs }) }]);
    const secretariat = await server.t.as('secretariat@example.org');
    await secretariat.data(`mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }`, { input: { version: '2026.1', proposalIds: [proposal.id] } });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens in the UI language, aligns each paragraph, says which text is authentic and which translation is stale, and switches language by keyboard', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, 'delegate.fr@example.org');
    await page.getByLabel('Language').first().selectOption('fr');
    await page.goto('/list/entries/5A001');
    const table = page.getByRole('table', { name: /5A001 en anglais et en français/ });
    await table.waitFor();

    const row = (label: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
    const a2 = row('a.2');
    await a2.getByText(AUTHENTIC_A2).waitFor();
    expect(await a2.textContent()).toContain(AMENDED_A2);
    expect(await a2.locator('.language-text-authentic .status').textContent()).toBe('Fait foi');
    expect(await a2.locator('.language-text-translation').textContent()).toContain('Traduction de FR, à titre d’information');
    expect(await a2.locator('.language-text-translation').textContent()).toContain('Périmée');
    expect(await a2.locator('.language-text-authentic').textContent()).not.toContain('Périmée');
    const a1 = row('a.1');
    expect(await a1.locator('.language-text-translation').textContent()).not.toContain('Périmée');
    expect(await row('a.3').textContent()).toContain('Aucun texte dans cette langue.');
    expect(await a2.locator('p[lang="fr"]').count()).toBe(2);
    await expectNoAxeViolations(page, 'entry in two languages');
    await screenshot(page, 'entry-languages-fr');
    // The whole page runs to metres; the first rows of the table are what a reviewer looks at.
    const box = (await page.locator('section[aria-labelledby="entry-languages"]').boundingBox())!;
    await page.screenshot({ path: 'test-artifacts/screenshots/entry-languages-fr-rows.png', fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: 900 } });

    await tabTo(page, /^Seconde langue/, 200);
    await page.keyboard.press('ArrowDown');
    const japanese = page.getByRole('table', { name: /5A001 en anglais et en japonais/ });
    await japanese.waitFor();
    expect(await japanese.locator('.language-text-machine').first().textContent()).toContain('Traduction automatique (enregistrée par JP), ne fait jamais foi');
    await session.expectNoOutsideRequests();
    await session.close();
  });

  it('shows the release it was made for without staleness (no authentic French in 2026.0, France’s a.2 current), and the French redline of the amendment', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, 'delegate.jp@example.org');
    await page.goto('/list/entries/5A001?release=2026.0');
    const table = page.getByRole('table', { name: /5A001 in English and French/ });
    await table.waitFor();
    const a2 = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'a.2', exact: true }) });
    expect(await a2.locator('.language-text-translation').textContent()).toContain('Translation by FR, for information');
    expect(await a2.locator('.language-text-stale').count()).toBe(0);
    expect(await a2.locator('.language-text-authentic').count()).toBe(0);
    await screenshot(page, 'entry-languages-en');

    // The redline between the releases shows the French text agreed beside the amended English, in its own words.
    await page.goto('/releases/compare?from=2026.0&to=2026.1');
    const french = page.locator('.redline-language', { hasText: 'Authentic text in French:' });
    await french.waitFor();
    expect(await french.locator('ins').textContent()).toContain(AUTHENTIC_A2);
    expect(await french.locator('[lang="fr"]').count()).toBe(1);
    await session.close();
  });

  it('gives France’s translator the release as XLIFF 2.1 and 1.2 and takes the translated file back, checked first, with its defects in a table', async () => {
    const session = await newWebSession(browser, server.baseUrl);
    const { page } = session;
    await signIn(page, 'delegate.fr@example.org');
    await page.goto('/releases/2026.1');
    // In French whatever an earlier test left as the account's language: the screen's strings are the translated ones.
    await page.getByLabel(/^(Language|Langue)$/).first().selectOption('fr');
    await page.getByRole('heading', { name: 'Fichiers pour les traducteurs' }).waitFor();

    const legacy = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le XLIFF 1.2 pour la traduction en français' }).click();
    expect((await legacy).suggestedFilename()).toBe('concord-2026.1.fr.xliff12.xlf');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le XLIFF 2.1 pour la traduction en français' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('concord-2026.1.fr.xlf');
    const xml = readFileSync(await file.path(), 'utf8');
    // France's a.1 is current, its a.2 renders the English before the amendment: a draft to revise; a.2's authentic French is final.
    expect(xml).toContain(`<target>${AUTHENTIC_A2}</target>`);
    // What the translator's tool sends back: 5A001 translated, and one unit whose id was edited.
    const units = xml.split('<unit ').filter((unit) => unit.startsWith('id="5A001'));
    const translated = units
      .map((unit) => unit.replace(/<source>([^<]*)<\/source>(\s*)<\/segment>/, '<source>$1</source>$2  <target>[FR v2] $1</target>$2</segment>').replace(/state="[a-z]+"/, 'state="translated"'))
      .map((unit) => (unit.startsWith('id="5A001:heading"') ? unit.replace('id="5A001:heading"', 'id="5A999:heading"') : unit));
    const returned = `${xml.split('<unit ')[0]}<unit ${translated.join('<unit ')}${units.at(-1)!.includes('</file>') ? '' : '  </file>\n</xliff>\n'}`;

    const form = page.getByRole('form', { name: 'Importer un fichier traduit pour FR' });
    await form.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await form.getByText('Choisissez le fichier XLIFF traduit.').waitFor();
    await form.getByLabel('Fichier XLIFF').setInputFiles({ name: 'concord-2026.1.fr.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(returned, 'utf8') });
    await form.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const defects = form.getByRole('table', { name: 'Défauts du fichier (1)' });
    await defects.waitFor();
    expect(await form.getByRole('status').textContent()).toContain(`Vérifié : ${units.length} unités lues, ${units.length - 1} pourraient être enregistrées, 1 rejetées. Rien n’a été enregistré.`);
    const row = defects.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'UNKNOWN_UNIT' }) });
    expect(await row.textContent()).toContain('unit 5A999:heading');
    expect(await row.textContent()).toContain('Cette unité');
    await expectNoAxeViolations(page, 'XLIFF exchange');
    await screenshot(page, 'translation-exchange');

    await form.getByLabel('Vérifier seulement, ne rien enregistrer').uncheck();
    await form.getByRole('button', { name: 'Importer les traductions' }).click();
    await form.getByRole('status').getByText(`Importé : ${units.length} unités lues, ${units.length - 1} enregistrées, 1 rejetées.`).waitFor();
    await page.goto('/list/entries/5A001?release=2026.1');
    // a.3 had no French text: it has France's now.
    const a3 = page.getByRole('table', { name: /5A001 en anglais et en français/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'a.3', exact: true }) });
    await a3.getByText(/^\[FR v2\] /).waitFor();
    await session.expectNoOutsideRequests();
    await session.close();
  });
});
