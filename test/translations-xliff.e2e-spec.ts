import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListDocument } from '@concord/control-list';
import { RELEASE_DOCUMENT_FORMAT } from '@concord/releases';
import { parsedCcl } from './control-list-fixtures';
import { runConcord } from './support/concord-cli';

const concord = (...args: string[]) => runConcord(args);

/** What a translator's tool does with the file: a French target beside every English source. */
function translate(xml: string): string {
  return xml.replace(/<source>([^<]*)<\/source>(\s*)<\/segment>/g, '<source>$1</source>$2  <target>[fr] $1</target>$2</segment>').replace(/state="initial"/g, 'state="translated"');
}

describe('concord translations: XLIFF for translators, on files', () => {
  let work: string;
  const file = (name: string) => join(work, name);
  let list: ListDocument;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'concord-xliff-'));
    list = { ...parsedCcl({ codes: ['5A001', '4A005'] }).document, version: '2026.0' };
    writeFileSync(file('list.json'), JSON.stringify(list));
    // The shape concord pull keeps as release.json; the signature is `concord verify`'s business, not this command's.
    writeFileSync(file('release.json'), JSON.stringify({ format: RELEASE_DOCUMENT_FORMAT, version: '2026.0', list: { format: list.format, entries: list.entries, definitions: list.definitions } }));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('exports 5A001 as XLIFF 2.1, takes the French translation back without defects, and finds it stale once 5A001.j.1.a is amended', async () => {
    const exported = await concord('translations', 'export', '--release', file('release.json'), '--lang', 'fr', '--codes', '5a001', '--out', file('5A001.fr.xlf'));
    const units = 1 + list.entries.find((entry) => entry.code === '5A001')!.paragraphs.length;
    expect(exported).toMatchObject({ code: 0, out: '', err: `Wrote ${units} units (1 entries, 0 definitions) of 2026.0 to ${file('5A001.fr.xlf')} as XLIFF 2.1, en → fr` });
    const xml = readFileSync(file('5A001.fr.xlf'), 'utf8');
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="en" trgLang="fr">');
    expect(xml).toContain('<unit id="5A001.j.2.b:note-1" name="5A001.j.2.b#note-1" xml:space="preserve">');
    writeFileSync(file('5A001.fr.xlf'), translate(xml));

    const checked = await concord('translations', 'check', file('5A001.fr.xlf'), '--release', file('list.json'), '--lang', 'fr');
    expect(checked.code).toBe(0);
    expect(checked.out).toBe(
      [
        `Source: ${file('5A001.fr.xlf')} (XLIFF 2.1), checked against 2026.0, en → fr`,
        '',
        '               read   written  rejected',
        `units       ${String(units).padStart(7)}${String(units).padStart(10)}         0`,
        '',
        'No defects found in the file.',
        '',
        `All ${units} translations can be imported.`,
      ].join('\n'),
    );

    const amended = structuredClone(list);
    amended.version = '2026.1';
    amended.entries.find((entry) => entry.code === '5A001')!.paragraphs.find((paragraph) => paragraph.path === '5A001.j.1.a')!.text += ' (amended)';
    writeFileSync(file('amended.json'), JSON.stringify(amended));
    const stale = await concord('translations', 'check', file('5A001.fr.xlf'), '--release', file('amended.json'), '--lang', 'fr', '--report', file('report.json'));
    const line = translate(xml).split('\n').findIndex((text) => text.includes('<unit id="5A001.j.1.a"')) + 1;
    expect(stale.code).toBe(1);
    expect(stale.out).toContain(`units       ${String(units).padStart(7)}${String(units - 1).padStart(10)}         1`);
    expect(stale.out).toMatch(
      new RegExp(`\\n  STALE_SOURCE \\(1\\)\\n    line ${line} unit 5A001\\.j\\.1\\.a: The English text changed since this file was exported \\(source digest [0-9a-f]{12}… in the file, [0-9a-f]{12}… now\\): translate the current text again\\. \\[unit rejected\\]\\n`),
    );
    expect(stale.out).toMatch(new RegExp(`${units - 1} translation\\(s\\) can be imported; 1 cannot, see above\\.$`));
    const report = JSON.parse(readFileSync(file('report.json'), 'utf8'));
    expect(report).toMatchObject({ release: '2026.1', language: 'fr', version: '2.1', counts: { read: units, written: units - 1, rejected: 1 } });
    expect(report.units.find((unit: { id: string }) => unit.id === '5A001.j.2.b:note-1')).toMatchObject({ path: '5A001.j.2.b', target: expect.stringMatching(/^\[fr\] 5A001\.j does not apply/), state: 'TRANSLATED' });
  });

  it('writes XLIFF 1.2 for the tools that read only that, and reports each defective unit of it by line', async () => {
    const exported = await concord('translations', 'export', '--release', file('list.json'), '--lang', 'ja', '--xliff', '1.2');
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1\.2" version="1\.2">\n  <file source-language="en" target-language="ja" datatype="plaintext" original="concord-release\/2026\.0">/);
    const translated = exported.out
      .replace(/<source>([^<]*)<\/source>\n/g, '<source>$1</source>\n        <target state="translated">［訳］$1</target>\n')
      .replace('id="4A005:heading"', 'id="4A099:heading"')
      .replace(/(<trans-unit id="5A001.j.1.b"[^\n]*\n[^\n]*\n\s*<target state="translated">)/, '$1<g id="1">太字</g>');
    writeFileSync(file('all.ja.xlf'), translated);
    const checked = await concord('translations', 'check', file('all.ja.xlf'), '--release', file('list.json'), '--lang', 'ja');
    const lineOf = (id: string) => translated.split('\n').findIndex((text) => text.includes(`<trans-unit id="${id}"`)) + 1;
    expect(checked.code).toBe(1);
    expect(checked.out).toContain(`Defects in the file: 2\n  UNKNOWN_UNIT (1)\n    line ${lineOf('4A099:heading')} unit 4A099:heading: No heading`);
    expect(checked.out).toContain(`\n  UNSUPPORTED_MARKUP (1)\n    line ${lineOf('5A001.j.1.b')} unit 5A001.j.1.b: The target holds inline markup (<g>) that a text of the list cannot keep: give the text alone. [unit rejected]`);

    const wrongLanguage = await concord('translations', 'check', file('all.ja.xlf'), '--release', file('list.json'), '--lang', 'fr');
    expect(wrongLanguage.code).toBe(1);
    expect(wrongLanguage.out).toContain('  WRONG_TARGET_LANGUAGE (1)\n    line 3: The target language (target-language) is ja, not fr as expected. [file rejected]\n\nNothing in this file can be imported.');
  });

  it('shows the first 50 defects of a kind and keeps them all in the report: a file sent back untranslated', async () => {
    await concord('translations', 'export', '--release', file('list.json'), '--lang', 'fr', '--codes', '5A001', '--out', file('untranslated.xlf'));
    const units = 1 + list.entries.find((entry) => entry.code === '5A001')!.paragraphs.length;
    const checked = await concord('translations', 'check', file('untranslated.xlf'), '--release', file('list.json'), '--lang', 'fr', '--report', file('untranslated.json'));
    expect(checked.code).toBe(1);
    expect(checked.out).toContain(`Defects in the file: ${units}\n  EMPTY_TARGET (${units})\n    line 4 unit 5A001:heading: The unit has no target: it is not translated. [unit rejected]\n`);
    expect(checked.out.match(/: The unit has no target/g)).toHaveLength(50);
    expect(checked.out).toContain(`\n    … and ${units - 50} more, see ${file('untranslated.json')}\n`);
    expect(JSON.parse(readFileSync(file('untranslated.json'), 'utf8')).defects).toHaveLength(units);
  });

  it('answers usage errors with exit code 2, and help with the defect kinds', async () => {
    expect(await concord('translations', 'export', '--release', file('list.json'), '--lang', 'en')).toMatchObject({ code: 2, err: 'error: --lang: the sources are English; give the language to translate into' });
    expect((await concord('translations', 'export', '--release', file('list.json'), '--lang', 'fr', '--xliff', '3.0')).code).toBe(2);
    expect(await concord('translations', 'export', '--release', file('list.json'), '--lang', 'fr', '--codes', '9Z999')).toMatchObject({ code: 2, err: 'error: --codes: not in 2026.0: 9Z999' });
    expect(await concord('translations', 'check', file('missing.xlf'), '--release', file('list.json'), '--lang', 'fr')).toMatchObject({ code: 2, err: expect.stringMatching(/^error: Cannot read .*missing\.xlf/) });
    writeFileSync(file('broken.xlf'), '<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="fr">\n<file id="f1">\n</xliff>');
    const broken = await concord('translations', 'check', file('broken.xlf'), '--release', file('list.json'), '--lang', 'fr');
    expect(broken).toMatchObject({ code: 1, out: expect.stringMatching(/\n {2}NOT_XML \(1\)\n {4}line 3 column \d+: Not well-formed XML: .* \[file rejected\]\n/) });
    const help = await concord('translations', 'check', '--help');
    expect(help).toMatchObject({ code: 0, out: expect.stringContaining('STALE_SOURCE, UNSUPPORTED_MARKUP (the unit is).') });
  });
});
