import Ajv2020 from 'ajv/dist/2020';
import schema from '../../../schema/concord-list.schema.json';
import { textDigest } from '../languages/languages';
import type { ListDocument } from '../list-document';
import { contentDigest } from '../snapshots/content-digest';
import { realCclJson } from './ccl-fixture';
import { fromCsv, toCsv } from './list-csv';
import { parseConcordList } from './parse-concord-list';
import { parseEcfrCcl } from './parse-ecfr-ccl';
import { detectListFormat, parseList } from './parse-list';

const exported: ListDocument = {
  format: 'concord-list/1',
  version: '2026.0',
  source: { description: 'Sample, "quoted", with commas', issued: '2026-07-23' },
  entries: [
    {
      code: '5A001',
      heading: 'Telecommunications, “components”',
      status: 'ACTIVE',
      reasons: ['NS', 'SL', 'AT'],
      paragraphs: [
        { path: '5A001', kind: 'NOTE', text: 'A note before any item,\nover two lines.' },
        { path: '5A001.j', kind: 'ITEM', text: 'IP network surveillance:' },
        { path: '5A001.j.1.a', kind: 'ITEM', text: 'Analysis at the application layer' },
        { path: '5A001.j.1.a', kind: 'DECONTROL_NOTE', text: '"Quoted" does not control' },
      ],
      relatedControls: { text: '', references: [{ regime: 'WA', code: '5.A.1.j' }] },
      definitions: ['components'],
      correlations: [{ scheme: 'HS2022', code: '8517.62', relation: 'BROADER' }],
    },
    {
      code: '5A002',
      heading: '[Reserved]',
      status: 'RESERVED',
      reasons: [],
      paragraphs: [],
      relatedControls: { text: null, references: [] },
      definitions: [],
      correlations: [],
    },
  ],
  definitions: [{ term: 'components', text: 'Parts of things.' }],
};

describe('parseConcordList', () => {
  it('accepts an exported document unchanged', () => {
    const parsed = parseConcordList(structuredClone(exported));
    expect(parsed.defects).toEqual([]);
    expect(parsed.document).toEqual(exported);
    expect(parsed.counts).toEqual({
      entries: { read: 2, written: 2, rejected: 0 },
      paragraphs: { read: 4, written: 4, rejected: 0 },
      definitions: { read: 1, written: 1, rejected: 0 },
    });
  });

  it('accepts what the CCL parser produces, without defects', () => {
    const document = parseEcfrCcl(realCclJson()).document;
    const parsed = parseConcordList(JSON.parse(JSON.stringify(document)));
    expect(parsed.defects).toEqual([]);
    expect(parsed.document).toEqual(document);
  });

  it('reports every invalid field and keeps the tallies consistent', () => {
    const broken = structuredClone(exported) as unknown as { entries: unknown[]; definitions: unknown[] };
    const good = broken.entries[0] as Record<string, unknown>;
    good.reasons = ['ns', 'NS', 'XX'];
    good.paragraphs = [
      { path: '5A001.j', kind: 'ITEM', text: 'ok' },
      { path: '5A001.j.1.1', kind: 'ITEM', text: 'bad path' },
      { path: '5A001.k', kind: 'NOTE', text: 'note on no item' },
      { path: '5A001.j', kind: 'FOOTNOTE', text: 'bad kind' },
      { path: '4A001.a', kind: 'ITEM', text: 'other entry' },
      { path: '5A001.j', kind: 'NOTE' },
    ];
    good.correlations = [{ scheme: 'HS1996', code: '1', relation: 'SAME' }];
    broken.entries.push(
      { ...good, code: '5A01' },
      { ...good, code: '5A001' },
      { ...good, code: '5A003', status: 'DELETED' },
    );
    broken.definitions.push({ term: 'components', text: 'again' }, { text: 'no term' });
    const parsed = parseConcordList(broken);
    const kinds = new Set(parsed.defects.map((defect) => defect.kind));
    expect(kinds).toEqual(
      new Set(['UNKNOWN_REASON', 'INVALID_VALUE', 'MALFORMED_PATH', 'MISSING_FIELD', 'MALFORMED_CODE', 'DUPLICATE_CODE', 'DUPLICATE_DEFINITION']),
    );
    expect(parsed.document.entries.map((entry) => entry.code)).toEqual(['5A001', '5A002']);
    expect(parsed.document.entries[0].reasons).toEqual(['NS']);
    expect(parsed.document.entries[0].paragraphs).toEqual([{ path: '5A001.j', kind: 'ITEM', text: 'ok' }]);
    expect(parsed.document.entries[0].correlations).toEqual([]);
    expect(parsed.counts.entries).toEqual({ read: 5, written: 2, rejected: 3 });
    expect(parsed.counts.paragraphs).toEqual({ read: 24, written: 1, rejected: 23 });
    expect(parsed.counts.definitions).toEqual({ read: 3, written: 1, rejected: 2 });
  });
});

describe('detectListFormat and parseList', () => {
  it('chooses the parser by format and refuses unknown formats', () => {
    expect(detectListFormat(exported)).toBe('concord-list/1');
    expect(detectListFormat(realCclJson())).toBe('ecfr-ccl');
    expect(detectListFormat({ format: 'other/2', entries: [] })).toBeUndefined();
    expect(parseList(realCclJson(), { codes: ['4A005'] }).document.entries.map((entry) => entry.code)).toEqual(['4A005']);
    expect(parseList(exported, { categories: ['5'] }).document.entries).toHaveLength(2);
    expect(() => parseList({ format: 'other/2' })).toThrow(/Unknown list format \(format "other\/2"\)/);
    expect(() => parseList([1, 2])).toThrow(/Unknown list format/);
  });
});

describe('list CSV', () => {
  it('round-trips a document with every field exactly', () => {
    expect(fromCsv(toCsv(exported))).toEqual(exported);
    expect(fromCsv(toCsv({ format: 'concord-list/1', entries: [], definitions: [] }))).toEqual({
      format: 'concord-list/1',
      entries: [],
      definitions: [],
    });
  });

  it('round-trips the real parsed CCL, one row per paragraph', () => {
    const document = parseEcfrCcl(realCclJson()).document;
    const csv = toCsv(document);
    expect(csv.startsWith('code,heading,status,reasons,paragraph_position,path,kind,text,')).toBe(true);
    expect(fromCsv(csv)).toEqual(document);
  });
});

describe('concord-list.schema.json', () => {
  const validate = new Ajv2020({ allErrors: true }).compile(schema);

  it('accepts an exported document and the parsed CCL', () => {
    expect(validate(exported) ? [] : validate.errors).toEqual([]);
    const document = parseEcfrCcl(realCclJson()).document;
    expect(validate(JSON.parse(JSON.stringify(document))) ? [] : validate.errors).toEqual([]);
  });

  it('rejects what the format forbids', () => {
    const wrong = structuredClone(exported) as unknown as { entries: Array<Record<string, unknown>> };
    wrong.entries[0].status = 'DELETED';
    wrong.entries[1].code = '5X002';
    expect(validate(wrong)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toEqual(expect.arrayContaining(['/entries/0/status', '/entries/1/code']));
  });
});

describe('texts in other languages in the list format', () => {
  const english = exported.entries[0].paragraphs[1].text;
  const withFrench = structuredClone(exported);
  withFrench.languages = ['en', 'fr'];
  withFrench.entries[0].headingTexts = { fr: { text: 'Télécommunications, « composants »', sourceDigest: textDigest(exported.entries[0].heading) } };
  withFrench.entries[0].paragraphs[1].texts = { fr: { text: 'Surveillance des réseaux IP :', sourceDigest: textDigest(english) } };

  it('reads them back as written, valid against the schema, and leaves an English-only document and its digest as they were', () => {
    expect(parseConcordList(JSON.parse(JSON.stringify(withFrench))).document).toEqual(withFrench);
    expect(new Ajv2020({ allErrors: true }).compile(schema)(withFrench)).toBe(true);
    expect(parseConcordList(JSON.parse(JSON.stringify(exported))).document).toEqual(exported);
    expect(contentDigest(withFrench)).not.toBe(contentDigest(exported));
    expect(contentDigest({ ...withFrench, entries: exported.entries })).toBe(contentDigest(exported));
  });

  it('reports and leaves out a text under English or a malformed language, or without the digest of its English', () => {
    const wrong = structuredClone(withFrench) as unknown as { entries: { paragraphs: { texts?: unknown }[] }[] };
    wrong.entries[0].paragraphs[1].texts = { en: { text: 'x', sourceDigest: textDigest(english) }, FR: { text: 'y', sourceDigest: textDigest(english) }, de: { text: 'z' } };
    const parsed = parseConcordList(wrong);
    expect(parsed.document.entries[0].paragraphs[1].texts).toBeUndefined();
    expect(parsed.defects.map((defect) => [defect.kind, defect.location.split(' texts.')[1]])).toEqual([
      ['INVALID_VALUE', 'en'],
      ['INVALID_VALUE', 'FR'],
      ['INVALID_VALUE', 'de'],
    ]);
  });
});
