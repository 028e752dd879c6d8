import { exportXliff, XliffVersion } from './export-xliff';
import { parseXliff } from './parse-xliff';
import { textDigest } from '../languages/languages';
import { expectedUnitsOf, translationUnits } from './translation-unit';
import { TRICKY } from './xliff-fixtures';
import { TranslationState, XliffDefectKind } from './xliff.enums';

const units = translationUnits(TRICKY).map((unit) => ({ ...unit, target: `fr: ${unit.source}` }));
const expectedUnits = expectedUnitsOf(units);
const exported = (version: XliffVersion, targetLanguage = 'fr') => exportXliff(units, { version, sourceLanguage: 'en', targetLanguage, release: '2026.0' });
const parse = (xml: string, targetLanguage = 'fr') => parseXliff(xml, { expectedUnits, targetLanguage });
/** The line a unit's opening tag is on, as an editor shows it. */
const lineOf = (xml: string, id: string) => xml.slice(0, xml.indexOf(` id="${id}"`)).split('\n').length;

describe('parseXliff', () => {
  describe.each(['2.1', '1.2'] as XliffVersion[])('XLIFF %s', (version) => {
    const xml = exported(version);
    const unitTag = version === '2.1' ? 'unit' : 'trans-unit';

    it('takes every unit of the file as exported, counts adding up', () => {
      const parsed = parse(xml);
      expect(parsed).toMatchObject({ version, defects: [], counts: { read: 5, written: 5, rejected: 0 } });
    });

    it('rejects a unit whose id the list does not have, with its line', () => {
      const edited = xml.replace('id="4A005.a"', 'id="4A005.b"');
      const parsed = parse(edited);
      expect(parsed.defects).toEqual([
        {
          kind: XliffDefectKind.UNKNOWN_UNIT,
          location: `line ${lineOf(edited, '4A005.b')} unit 4A005.b`,
          message: 'No heading, paragraph or definition of the list has the id 4A005.b: the file may come from another list, or the id was edited.',
          rejected: 'UNIT',
        },
      ]);
      expect(parsed.counts).toEqual({ read: 5, written: 4, rejected: 1 });
      expect(parsed.units.map((unit) => unit.id)).not.toContain('4A005.b');
    });

    it('reads a repeated unit once: the first', () => {
      const start = xml.indexOf(`<${unitTag} id="4A005.a"`);
      const end = xml.indexOf(`</${unitTag}>`, start) + `</${unitTag}>`.length;
      const edited = xml.slice(0, end) + '\n' + xml.slice(start, end).replace('fr: Non', 'fr: Autre') + xml.slice(end);
      const parsed = parse(edited);
      const first = lineOf(edited, '4A005.a');
      const second = first + edited.slice(start, end).split('\n').length;
      expect(parsed.defects).toEqual([
        {
          kind: XliffDefectKind.DUPLICATE_UNIT,
          location: `line ${second} unit 4A005.a`,
          message: `Unit 4A005.a appears a second time; only the first, on line ${first}, is read.`,
          rejected: 'UNIT',
        },
      ]);
      expect(parsed.units.find((unit) => unit.id === '4A005.a')!.target).toMatch(/^fr: Non/);
      expect(parsed.counts).toEqual({ read: 6, written: 5, rejected: 1 });
    });

    it('rejects a unit left untranslated, and one whose target is blank', () => {
      const edited = xml.replace(/<target( state="translated")?>fr: Non-ASCII[^<]*<\/target>\n/, '').replace(/(<target[^>]*>)fr: +leading[^<]*</, '$1  \n<');
      const parsed = parse(edited);
      expect(parsed.defects).toEqual([
        { kind: XliffDefectKind.EMPTY_TARGET, location: `line ${lineOf(edited, '4A005')} unit 4A005`, message: 'The target is empty.', rejected: 'UNIT' },
        {
          kind: XliffDefectKind.EMPTY_TARGET,
          location: `line ${lineOf(edited, '4A005.a')} unit 4A005.a`,
          message: 'The unit has no target: it is not translated.',
          rejected: 'UNIT',
        },
      ]);
    });

    it('rejects a translation of an English text that has changed since the export, saying so', () => {
      const amended = new Map(expectedUnits);
      const now = textDigest('Analysis at the application layer, amended');
      amended.set('4A005.a', { sourceDigest: now, sourceText: 'Analysis at the application layer, amended' });
      const parsed = parseXliff(xml, { expectedUnits: amended, targetLanguage: 'fr' });
      const before = units.find((unit) => unit.id === '4A005.a')!.sourceDigest;
      expect(parsed.defects).toEqual([
        {
          kind: XliffDefectKind.STALE_SOURCE,
          location: `line ${lineOf(xml, '4A005.a')} unit 4A005.a`,
          message: `The English text changed since this file was exported (source digest ${before.slice(0, 12)}… in the file, ${now.slice(0, 12)}… now): translate the current text again.`,
          rejected: 'UNIT',
        },
      ]);
    });

    it('without the digest (a tool that drops metadata), compares the source text the translator saw', () => {
      const stripped = xml.replace(/\s*<mda:metadata>[\s\S]*?<\/mda:metadata>/g, '').replace(/\s*<note from="concord:source-digest"[^<]*<\/note>/g, '');
      expect(stripped).not.toContain(units[0].sourceDigest);
      expect(parse(stripped).defects).toEqual([]);
      const edited = stripped.replace('<source>Non-ASCII', '<source>Changed Non-ASCII');
      expect(parse(edited).defects).toMatchObject([{ kind: XliffDefectKind.STALE_SOURCE, location: `line ${lineOf(edited, '4A005.a')} unit 4A005.a` }]);
    });

    it('rejects a whole file in another target language, and accepts a region of the right one', () => {
      const japanese = exported(version, 'ja');
      const parsed = parse(japanese);
      const attribute = version === '2.1' ? 'trgLang' : 'target-language';
      expect(parsed.defects).toEqual([
        {
          kind: XliffDefectKind.WRONG_TARGET_LANGUAGE,
          location: version === '2.1' ? 'line 2' : 'line 3',
          message: `The target language (${attribute}) is ja, not fr as expected.`,
          rejected: 'FILE',
        },
      ]);
      expect(parsed.units).toEqual([]);
      expect(parsed.counts).toEqual({ read: 5, written: 0, rejected: 5 });
      expect(parse(exported(version, 'fr-CA')).defects).toEqual([]);
    });

    it('rejects a whole file whose source is not English', () => {
      const attribute = version === '2.1' ? 'srcLang' : 'source-language';
      const parsed = parse(xml.replace(`${attribute}="en"`, `${attribute}="de"`));
      expect(parsed.defects).toEqual([
        {
          kind: XliffDefectKind.WRONG_SOURCE_LANGUAGE,
          location: version === '2.1' ? 'line 2' : 'line 3',
          message: `The source language (${attribute}) is de; Concord's sources are en.`,
          rejected: 'FILE',
        },
      ]);
      expect(parsed.counts.written).toBe(0);
    });

    it('rejects a unit without an id', () => {
      const edited = xml.replace(`<${unitTag} id="4A005.a"`, `<${unitTag}`);
      const line = edited.slice(0, edited.indexOf(`<${unitTag} resname`) >= 0 ? edited.indexOf(`<${unitTag} resname`) : edited.indexOf(`<${unitTag} name`)).split('\n').length;
      expect(parse(edited).defects).toEqual([
        { kind: XliffDefectKind.MALFORMED_UNIT, location: `line ${line}`, message: 'A unit without an id: nothing says which text it translates.', rejected: 'UNIT' },
      ]);
    });
  });

  it('rejects inline markup it cannot keep, <pc> in 2.1 and <g> in 1.2, and keeps the text of an annotation <mrk>', () => {
    const xml21 = exported('2.1').replace('<target>fr: Non-ASCII', '<target><pc id="1">fr:</pc> Non-ASCII').replace('<target>fr: "Software"', '<target><mrk id="m1" type="term">fr: "Software"</mrk>');
    expect(parse(xml21).defects).toEqual([
      {
        kind: XliffDefectKind.UNSUPPORTED_MARKUP,
        location: `line ${lineOf(xml21, '4A005.a')} unit 4A005.a`,
        message: 'The target holds inline markup (<pc>) that a text of the list cannot keep: give the text alone.',
        rejected: 'UNIT',
      },
    ]);
    expect(parse(xml21).units.find((unit) => unit.id === 'def:intrusion_20_software')!.target).toBe('fr: "Software" specially designed < or > modified');
    const xml12 = exported('1.2').replace('<target state="translated">fr: Non-ASCII', '<target state="translated"><g id="1">fr:</g><x id="2"/> Non-ASCII');
    expect(parse(xml12).defects).toMatchObject([
      { kind: XliffDefectKind.UNSUPPORTED_MARKUP, message: 'The target holds inline markup (<g>, <x>) that a text of the list cannot keep: give the text alone.' },
    ]);
  });

  it('joins the segments a tool split a unit into, and takes the least advanced state', () => {
    const [unit] = units;
    const xml = exported('2.1').replace(
      /<segment state="translated">\s*<source>Systems[^<]*<\/source>\s*<target>[^<]*<\/target>\s*<\/segment>/,
      '<segment state="final"><source>Systems &amp; "components" &lt;for&gt; \'intrusion\'</source><target>Systèmes &amp; « composants »</target></segment>' +
        '<ignorable><source> </source></ignorable>' +
        '<segment state="reviewed"><source>]]&gt; software</source><target>]]&gt; logiciels</target></segment>',
    );
    const parsed = parse(xml);
    expect(parsed.defects).toEqual([]);
    expect(parsed.units.find((translation) => translation.id === unit.id)).toMatchObject({ target: 'Systèmes & « composants » ]]> logiciels', state: TranslationState.REVIEWED });
  });

  it('reads a character XML cannot carry as XLIFF 2\'s <cp>', () => {
    const xml = exported('2.1').replace('<target>fr: Non-ASCII', '<target>fr:<cp hex="0007"/> Non-ASCII');
    expect(parse(xml).units.find((unit) => unit.id === '4A005.a')!.target).toMatch(/^fr:\u0007 Non-ASCII/);
  });

  it('maps XLIFF 1.2 states onto the four of 2.1 and refuses a 2.1 state it does not have', () => {
    const xml12 = exported('1.2').replace('state="translated">fr: Non', 'state="needs-review-translation">fr: Non').replace('state="translated">fr: "Software"', 'state="signed-off">fr: "Software"');
    const states = Object.fromEntries(parse(xml12).units.map((unit) => [unit.id, unit.state]));
    expect(states).toMatchObject({ '4A005.a': TranslationState.INITIAL, 'def:intrusion_20_software': TranslationState.REVIEWED, '4A005': TranslationState.TRANSLATED });
    const xml21 = exported('2.1').replace('<segment state="translated">\n        <source>Non', '<segment state="done">\n        <source>Non');
    expect(parse(xml21).defects).toEqual([
      {
        kind: XliffDefectKind.MALFORMED_UNIT,
        location: `line ${lineOf(xml21, '4A005.a')} unit 4A005.a`,
        message: 'The segment state "done" is not one of XLIFF 2\'s: initial, translated, reviewed, final.',
        rejected: 'UNIT',
      },
    ]);
  });

  it('rejects what is not XML, not XLIFF, or an XLIFF version it does not read, naming the line', () => {
    const truncated = exported('2.1').slice(0, 900);
    const notXml = parse(truncated);
    expect(notXml.defects).toMatchObject([{ kind: XliffDefectKind.NOT_XML, rejected: 'FILE', location: expect.stringMatching(/^line \d+ column \d+$/) }]);
    expect(notXml.defects[0].message).toMatch(/^Not well-formed XML: /);
    expect(notXml.units).toEqual([]);
    expect(parse('').defects).toMatchObject([{ kind: XliffDefectKind.NOT_XML, location: 'line 1 column 0' }]);
    expect(parse('<?xml version="1.0"?>\n<html><body/></html>').defects).toEqual([
      { kind: XliffDefectKind.NOT_XLIFF, location: 'line 2', message: 'The document is <html>, not <xliff> in an XLIFF namespace.', rejected: 'FILE' },
    ]);
    expect(parse('<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1"><file/></xliff>').defects).toEqual([
      {
        kind: XliffDefectKind.UNSUPPORTED_VERSION,
        location: 'line 1',
        message: 'XLIFF version 1.1 in urn:oasis:names:tc:xliff:document:1.1 is not one Concord reads: XLIFF 2.1 (or 2.0) and 1.2.',
        rejected: 'FILE',
      },
    ]);
    expect(parse(exported('2.1').replace('version="2.1"', 'version="2.2"')).defects).toMatchObject([{ kind: XliffDefectKind.UNSUPPORTED_VERSION, location: 'line 2' }]);
  });

  it('never expands entities a DOCTYPE declares (no entity expansion attacks)', () => {
    const xml = '<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa">]>\n' + exported('2.1').replace(/^<\?xml[^>]*>\n/, '').replace('<target>fr: Non', '<target>&a;fr: Non');
    expect(parse(xml).defects).toMatchObject([{ kind: XliffDefectKind.NOT_XML }]);
  });
});
