import { parseEcfrCcl } from '../import/parse-ecfr-ccl';
import { realCclJson } from '../import/ccl-fixture';
import { exportXliff, XliffVersion } from './export-xliff';
import { parseXliff } from './parse-xliff';
import { TRICKY } from './xliff-fixtures';
import { expectedUnitsOf, TranslationUnit, translationUnits } from './translation-unit';
import { TranslationState } from './xliff.enums';

const VERSIONS: XliffVersion[] = ['2.1', '1.2'];
const options = (version: XliffVersion) => ({ version, sourceLanguage: 'en', targetLanguage: 'fr', release: '2026.0' });

describe('exportXliff', () => {
  const real5A001 = parseEcfrCcl(realCclJson(), { codes: ['5A001'] }).document;
  const units = translationUnits(real5A001);

  it.each(VERSIONS)('writes XLIFF %s with the element names of the standard', (version) => {
    const xml = exportXliff(units, options(version));
    const decontrol = units.find((unit) => unit.id === '5A001.j.2.b:note-1')!;
    expect(decontrol).toMatchObject({ paragraphKind: 'DECONTROL_NOTE', source: expect.stringMatching(/^5A001\.j does not apply to/) });
    if (version === '2.1') {
      expect(xml).toContain(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="en" trgLang="fr">\n' +
          '  <file id="f1" original="concord-release/2026.0">\n' +
          '    <unit id="5A001:heading" name="5A001#heading" xml:space="preserve">\n',
      );
      expect(xml).toContain(
        '    <unit id="5A001.j.2.b:note-1" name="5A001.j.2.b#note-1" xml:space="preserve">\n' +
          '      <mda:metadata>\n' +
          '        <mda:metaGroup category="concord">\n' +
          '          <mda:meta type="part">PARAGRAPH</mda:meta>\n' +
          '          <mda:meta type="path">5A001.j.2.b</mda:meta>\n' +
          '          <mda:meta type="paragraphKind">DECONTROL_NOTE</mda:meta>\n' +
          `          <mda:meta type="sourceDigest">${decontrol.sourceDigest}</mda:meta>\n` +
          '        </mda:metaGroup>\n' +
          '      </mda:metadata>\n' +
          '      <notes><note category="context">DECONTROL_NOTE to 5A001.j.2.b</note></notes>\n' +
          '      <segment state="initial">\n' +
          `        <source>${decontrol.source}</source>\n` +
          '      </segment>\n' +
          '    </unit>\n',
      );
    } else {
      expect(xml).toContain(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n' +
          '  <file source-language="en" target-language="fr" datatype="plaintext" original="concord-release/2026.0">\n' +
          '    <body>\n',
      );
      expect(xml).toContain(
        '      <trans-unit id="5A001.j.2.b:note-1" resname="5A001.j.2.b#note-1" xml:space="preserve">\n' +
          `        <source>${decontrol.source}</source>\n` +
          '        <note from="concord" annotates="general">DECONTROL_NOTE to 5A001.j.2.b</note>\n' +
          `        <note from="concord:source-digest" annotates="source">${decontrol.sourceDigest}</note>\n` +
          '      </trans-unit>\n',
      );
    }
    expect(xml.match(/<source>/g)).toHaveLength(units.length);
  });

  it.each(VERSIONS)('round-trips a French translation of the real 5A001 through XLIFF %s', (version) => {
    const translated = units.map((unit) => ({ ...unit, target: `[fr] ${unit.source}`, state: TranslationState.REVIEWED }));
    const parsed = parseXliff(exportXliff(translated, options(version)), { expectedUnits: expectedUnitsOf(units), targetLanguage: 'fr' });
    expect(parsed.defects).toEqual([]);
    expect(parsed.version).toBe(version);
    expect(parsed.counts).toEqual({ read: units.length, written: units.length, rejected: 0 });
    expect(parsed.units.map(({ id, target, sourceDigest, state }) => ({ id, target, sourceDigest, state }))).toEqual(
      translated.map(({ id, target, sourceDigest }) => ({ id, target, sourceDigest, state: TranslationState.REVIEWED })),
    );
    expect(parsed.units.find((unit) => unit.id === '5A001.j.1.a')).toMatchObject({ path: '5A001.j.1.a', term: null });
  });

  it.each(VERSIONS)('keeps every character of source and target through XLIFF %s: markup characters, line breaks, spaces', (version) => {
    const tricky: TranslationUnit[] = translationUnits(TRICKY).map((unit) => ({ ...unit, target: unit.source.replace(/a/g, 'à') }));
    const xml = exportXliff(tricky, options(version));
    expect(xml).not.toContain(']]>');
    const parsed = parseXliff(xml, { expectedUnits: expectedUnitsOf(tricky), targetLanguage: 'fr' });
    expect(parsed.defects).toEqual([]);
    expect(parsed.units.map((unit) => unit.target)).toEqual(tricky.map((unit) => unit.target));
    expect(parsed.units.map((unit) => unit.state)).toEqual(tricky.map(() => TranslationState.TRANSLATED));
  });

  it('refuses a text XML cannot carry, rather than writing a file no tool reads', () => {
    const [unit] = translationUnits({ entries: [], definitions: [{ term: 'bell', text: 'ring \u0007' }] });
    expect(() => exportXliff([unit], options('2.1'))).toThrow('U+0007 at character 6 of "ring \u0007" cannot be written in XML');
  });
});
