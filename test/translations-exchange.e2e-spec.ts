import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedControlList } from '@concord/database';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { adoptedProposal, baseEntry, BaseEntry, entryInput } from './support/fixtures';
import { runConcord } from './support/concord-cli';
import { QUIET_BACKGROUND } from './support/sql-count';
import { startTestApp, TestApp } from './support/test-app';

const EXPORT = `query ($input: TranslationExchangeInput!) { translationExchange(input: $input) { version language xliffVersion fileName units translated xliff } }`;
const IMPORT = `mutation ($input: ImportTranslationsInput!) { importTranslations(input: $input) {
  version language xliffVersion dryRun state read written rejected defects { kind location message rejected } } }`;
const PUBLISH = `mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }`;
const TEXTS = `query ($version: String!, $language: String) { release(version: $version) {
  entry(code: "5A001") { headingTexts(language: $language) { text status stale recordedBy } paragraphs { text texts(language: $language) { text status stale recordedBy } } } } }`;

/** What a translator's tool does: a target beside every English source, marked translated. */
function translate(xml: string, prefix: string): string {
  return xml
    .replace(/<source>([^<]*)<\/source>(\s*)<\/segment>/g, `<source>$1</source>$2  <target>${prefix} $1</target>$2</segment>`)
    .replace(/state="initial"/g, 'state="translated"');
}

describe('XLIFF exchange with the server: export a release for translators, import what comes back', () => {
  let t: TestApp;
  let fr: GraphQLClient;
  let jp: GraphQLClient;
  let secretariat: GraphQLClient;
  let e5A001: BaseEntry;
  let exported2026_0: string;
  const units = () => 1 + e5A001.paragraphs.length;
  const stored = async () => (await t.db.query(`SELECT count(*)::int AS count FROM list_translation`))[0].count as number;
  const recordedEvents = async () => (await t.db.query(`SELECT count(*)::int AS count FROM audit_event WHERE action = 'translations.recorded'`))[0].count as number;
  const importAs = (client: GraphQLClient, input: Record<string, unknown>) => client.data(IMPORT, { input: { version: '2026.0', language: 'fr', ...input } });

  beforeAll(async () => {
    t = await startTestApp(QUIET_BACKGROUND);
    await seedControlList(t.app);
    [fr, jp, secretariat] = await Promise.all([t.as('delegate.fr@example.org'), t.as('delegate.jp@example.org'), t.as('secretariat@example.org')]);
    e5A001 = await baseEntry(jp, '5A001');
  });
  afterAll(() => t.close());

  it('exports 5A001 as XLIFF 2.1 and records the translated file through a dry run, then for real, each text at its own paragraph', async () => {
    const { translationExchange } = await fr.data(EXPORT, { input: { version: '2026.0', language: 'fr', codes: ['5A001'] } });
    expect(translationExchange).toMatchObject({ version: '2026.0', language: 'fr', xliffVersion: 'XLIFF_2_1', fileName: 'concord-2026.0.fr.xlf', units: units(), translated: 0 });
    expect(translationExchange.xliff).toContain('version="2.1" srcLang="en" trgLang="fr"');
    exported2026_0 = translate(translationExchange.xliff, '[fr]');

    const before = await stored();
    const { importTranslations: dry } = await importAs(fr, { xliff: exported2026_0, dryRun: true });
    expect(dry).toEqual({ version: '2026.0', language: 'fr', xliffVersion: 'XLIFF_2_1', dryRun: true, state: 'FR', read: units(), written: units(), rejected: 0, defects: [] });
    expect(await stored()).toBe(before);

    const events = await recordedEvents();
    const { importTranslations } = await importAs(fr, { xliff: exported2026_0 });
    expect(importTranslations).toMatchObject({ dryRun: false, read: units(), written: units(), rejected: 0, defects: [] });
    expect(await recordedEvents()).toBe(events + 1);

    const { release } = await jp.data(TEXTS, { version: '2026.0', language: 'fr' });
    expect(release.entry.headingTexts).toEqual([{ text: `[fr] ${e5A001.heading}`, status: 'TRANSLATION', stale: false, recordedBy: 'FR' }]);
    for (const paragraph of release.entry.paragraphs as { text: string; texts: unknown[] }[]) {
      expect(paragraph.texts).toEqual([{ text: `[fr] ${paragraph.text}`, status: 'TRANSLATION', stale: false, recordedBy: 'FR' }]);
    }

    const again = (await fr.data(EXPORT, { input: { version: '2026.0', language: 'fr', codes: ['5A001'], xliffVersion: 'XLIFF_1_2' } })).translationExchange;
    expect(again).toMatchObject({ xliffVersion: 'XLIFF_1_2', fileName: 'concord-2026.0.fr.xliff12.xlf', translated: units() });
    expect(again.xliff).toContain(`<target state="translated">[fr] ${e5A001.heading}</target>`);
  });

  it('records MACHINE translations as such, and another delegation sees none of France’s translations as its targets', async () => {
    const { importTranslations } = await importAs(jp, { language: 'ja', status: 'MACHINE', xliff: exported2026_0.replace('trgLang="fr"', 'trgLang="ja"') });
    expect(importTranslations).toMatchObject({ state: 'JP', written: units() });
    const { release } = await fr.data(TEXTS, { version: '2026.0', language: 'ja' });
    expect(release.entry.paragraphs[0].texts).toEqual([expect.objectContaining({ status: 'MACHINE', recordedBy: 'JP' })]);
    const { translationExchange } = await jp.data(EXPORT, { input: { version: '2026.0', language: 'fr', codes: ['5A001'] } });
    expect(translationExchange.translated).toBe(0);
  });

  it('records nothing from a file refused as a whole, and refuses callers who are not a delegation and files over 8 MiB', async () => {
    const before = await stored();
    const broken = (await importAs(fr, { xliff: exported2026_0.slice(0, exported2026_0.length / 2) })).importTranslations;
    expect(broken).toMatchObject({ written: 0, defects: [expect.objectContaining({ kind: 'NOT_XML', rejected: 'FILE' })] });
    expect(broken.read).toBe(broken.rejected);
    const german = (await importAs(fr, { language: 'de', xliff: exported2026_0 })).importTranslations;
    expect(german).toMatchObject({ written: 0, rejected: units(), defects: [expect.objectContaining({ kind: 'WRONG_TARGET_LANGUAGE', location: 'line 2', rejected: 'FILE' })] });

    expect(errorOf(await secretariat.request(IMPORT, { input: { version: '2026.0', language: 'fr', xliff: exported2026_0 } }))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    const huge = `${exported2026_0}<!--${'x'.repeat(8 * 1024 * 1024)}-->`;
    expect(errorOf(await fr.request(IMPORT, { input: { version: '2026.0', language: 'fr', xliff: huge } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'XLIFF_TOO_LARGE' });
    expect(errorOf(await fr.request(IMPORT, { input: { version: '2026.0', language: 'en', xliff: exported2026_0 } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_LANGUAGE' });
    expect(await stored()).toBe(before);
  });

  it('rejects, row by row, the unit whose English changed since the export and records the others; exports the stale one as a draft to revise', async () => {
    const amendedText = `${e5A001.paragraphs[0].text} (amended)`;
    const paragraphs = e5A001.paragraphs.map((p, i) => (i === 0 ? { ...p, text: amendedText } : p));
    const amendment = await adoptedProposal(t, jp, 'Amend 5A001.a', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(e5A001, { paragraphs }) }]);
    await secretariat.data(PUBLISH, { input: { version: '2026.1', proposalIds: [amendment.id] } });

    const stale = (await importAs(fr, { version: '2026.1', xliff: exported2026_0.replace(/\[fr\]/g, '[fr v2]') })).importTranslations;
    expect(stale).toMatchObject({ version: '2026.1', read: units(), written: units() - 1, rejected: 1 });
    expect(stale.defects).toEqual([
      { kind: 'STALE_SOURCE', location: expect.stringMatching(new RegExp(`^line \\d+ unit ${e5A001.paragraphs[0].path.replace(/\./g, '\\.')}$`)), message: expect.stringContaining('The English text changed'), rejected: 'UNIT' },
    ]);
    const { release } = await jp.data(TEXTS, { version: '2026.1', language: 'fr' });
    expect(release.entry.paragraphs[0].texts).toEqual([{ text: `[fr] ${e5A001.paragraphs[0].text}`, status: 'TRANSLATION', stale: true, recordedBy: 'FR' }]);
    expect(release.entry.paragraphs[1].texts).toEqual([expect.objectContaining({ text: `[fr v2] ${e5A001.paragraphs[1].text}`, stale: false })]);

    const { translationExchange } = await fr.data(EXPORT, { input: { version: '2026.1', language: 'fr', codes: ['5A001'] } });
    expect(translationExchange.translated).toBe(units());
    const draft = translationExchange.xliff.split('<unit ').find((unit: string) => unit.startsWith(`id="${e5A001.paragraphs[0].path}"`));
    expect(draft).toContain('<segment state="initial">');
    expect(draft).toContain(`<target>[fr] ${e5A001.paragraphs[0].text}</target>`);
    const untouched = (await importAs(fr, { version: '2026.1', xliff: translationExchange.xliff, dryRun: true })).importTranslations;
    expect(untouched).toMatchObject({ written: units() - 1, rejected: 1, defects: [{ kind: 'NOT_TRANSLATED', location: `unit ${e5A001.paragraphs[0].path}`, message: expect.any(String), rejected: 'UNIT' }] });
  });

  it('imports with `concord translations import`, printing the defect report like check, exit 1 on defects and 0 without', async () => {
    const work = mkdtempSync(join(tmpdir(), 'concord-xliff-import-'));
    try {
      await t.app.listen(0, '127.0.0.1');
      const server = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
      const token = await t.tokenFor('delegate.fr@example.org');
      writeFileSync(join(work, 'old.xlf'), exported2026_0);
      const dry = await runConcord(['translations', 'import', join(work, 'old.xlf'), '--server', server, '--version', '2026.1', '--lang', 'fr', '--dry-run', '--token', token]);
      expect(dry.code).toBe(1);
      expect(dry.out).toContain(`Source: ${join(work, 'old.xlf')} (XLIFF 2.1), checked against 2026.1, en → fr`);
      expect(dry.out).toContain(`units       ${String(units()).padStart(7)}${String(units() - 1).padStart(10)}         1`);
      expect(dry.out).toContain('  STALE_SOURCE (1)');
      expect(dry.out.trim().split('\n').at(-1)).toBe('Dry run: nothing recorded.');

      writeFileSync(join(work, 'current.xlf'), exported2026_0.split('<unit ').filter((unit) => !unit.startsWith(`id="${e5A001.paragraphs[0].path}"`)).join('<unit '));
      const recorded = await runConcord(['translations', 'import', join(work, 'current.xlf'), '--server', server, '--version', '2026.1', '--lang', 'fr', '--machine'], { CONCORD_TOKEN: token });
      expect(recorded).toMatchObject({ code: 0, err: '' });
      expect(recorded.out.trim().split('\n').at(-1)).toBe(`Recorded ${units() - 1} MACHINE text(s) in fr for FR.`);

      const anonymous = await runConcord(['translations', 'import', join(work, 'current.xlf'), '--server', server, '--version', '2026.1', '--lang', 'fr'], { CONCORD_TOKEN: '', CONCORD_API_KEY: '' });
      expect(anonymous.code).toBe(2);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('puts a note’s translation on that note when notes of different kinds share a path, as the texts are read back', async () => {
    const current = await baseEntry(jp, '5A001');
    const item = current.paragraphs.findIndex((p) => p.kind === 'ITEM' && !current.paragraphs.some((q) => q !== p && q.path === p.path));
    const path = current.paragraphs[item].path;
    const notes = [
      { path, kind: 'NOTE', text: 'A first note under the item.' },
      { path, kind: 'TECHNICAL_NOTE', text: 'A technical note under the item.' },
      { path, kind: 'NOTE', text: 'A second note under the item.' },
    ];
    const paragraphs = [...current.paragraphs.slice(0, item + 1), ...notes, ...current.paragraphs.slice(item + 1)];
    const amendment = await adoptedProposal(t, jp, 'Notes under one item', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(current, { paragraphs }) }]);
    await secretariat.data(PUBLISH, { input: { version: '2026.2', proposalIds: [amendment.id] } });

    const { translationExchange } = await fr.data(EXPORT, { input: { version: '2026.2', language: 'fr', codes: ['5A001'] } });
    const ids = [`${path}:note-1`, `${path}:note-2`, `${path}:note-3`];
    const onlyNotes = translationExchange.xliff.split('<unit ').filter((unit: string, index: number) => index === 0 || ids.some((id) => unit.startsWith(`id="${id}"`)));
    const { importTranslations } = await importAs(fr, { version: '2026.2', xliff: `${translate(onlyNotes.join('<unit '), '[notes]')}  </file>\n</xliff>\n` });
    expect(importTranslations).toMatchObject({ read: 3, written: 3, defects: [] });

    const { release } = await jp.data(TEXTS, { version: '2026.2', language: 'fr' });
    const read = (release.entry.paragraphs as { text: string; texts: { text: string }[] }[]).filter((p) => notes.some((note) => note.text === p.text));
    expect(read.map((p) => p.texts.map((text) => text.text))).toEqual(notes.map((note) => [`[notes] ${note.text}`]));
  });
});
