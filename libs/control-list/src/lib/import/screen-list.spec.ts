import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIST_FORMAT } from '../list-document';
import { entryProblems } from '../list-rules';
import { parseList } from './parse-list';

const CCL = join(__dirname, '../../../../../db/seeds/data/us-ccl-2026-07-23/ccl.json');

const entry = (overrides: Record<string, unknown>) => ({
  code: '4A005',
  heading: 'Intrusion systems',
  status: 'ACTIVE',
  reasons: ['NS'],
  paragraphs: [{ path: '4A005.a', kind: 'ITEM', text: 'Systems.' }],
  relatedControls: { text: null, references: [] },
  definitions: [],
  correlations: [],
  ...overrides,
});

describe('an import holds what it read to the list rules', () => {
  it('leaves out, and reports, what drafting and publication would refuse; counts add up', () => {
    const parsed = parseList({
      format: LIST_FORMAT,
      entries: [
        entry({
          correlations: [{ scheme: 'HS2022', code: '8471.30', relation: 'PARTIAL' }, { scheme: 'HS2022', code: '847130', relation: 'PARTIAL' }],
          relatedControls: { text: null, references: [{ regime: 'Wassenaar', code: '4.A.5' }] },
          definitions: ['intrusion software', 'Intrusion Software'],
          paragraphs: [
            { path: '4A005.a', kind: 'ITEM', text: 'Systems.' },
            { path: '4A005.b', kind: 'ITEM', text: '   ' },
            { path: '4A005.b', kind: 'NOTE', text: 'Its note goes with it.' },
          ],
        }),
        entry({ code: '4A006', heading: 'h'.repeat(20_001), paragraphs: [] }),
      ],
      definitions: [{ term: 'intrusion software', text: ' ' }],
    });
    expect(parsed.defects.map(({ kind, location, rejected }) => ({ kind, location, rejected }))).toEqual([
      { kind: 'INVALID_VALUE', location: '4A005 paragraphs[1]', rejected: 'PARAGRAPH' },
      { kind: 'INVALID_VALUE', location: '4A005 references[0]', rejected: 'NONE' },
      { kind: 'DUPLICATE_DEFINITION', location: '4A005 definitions[1]', rejected: 'NONE' },
      { kind: 'INVALID_VALUE', location: '4A005 correlations[0]', rejected: 'NONE' },
      { kind: 'MALFORMED_PATH', location: '4A005 paragraphs[1]', rejected: 'PARAGRAPH' },
      { kind: 'INVALID_VALUE', location: '4A006', rejected: 'ENTRY' },
      { kind: 'INVALID_VALUE', location: 'definitions[0] "intrusion software"', rejected: 'DEFINITION' },
    ]);
    const [kept] = parsed.document.entries;
    expect(parsed.document.entries).toHaveLength(1);
    expect(kept.paragraphs).toEqual([{ path: '4A005.a', kind: 'ITEM', text: 'Systems.' }]);
    expect(kept.correlations).toEqual([{ scheme: 'HS2022', code: '847130', relation: 'PARTIAL' }]);
    expect(kept.relatedControls.references).toEqual([]);
    expect(kept.definitions).toEqual(['intrusion software']);
    expect(parsed.counts).toEqual({
      entries: { read: 2, written: 1, rejected: 1 },
      paragraphs: { read: 3, written: 1, rejected: 2 },
      definitions: { read: 1, written: 0, rejected: 1 },
    });
  });

  it('writes every entry of the 2026-07-23 CCL so that the drafting rules accept it, reporting the three duplicated terms', () => {
    const parsed = parseList(JSON.parse(readFileSync(CCL, 'utf8')));
    expect(parsed.document.entries).toHaveLength(633);
    expect(parsed.document.entries.flatMap(entryProblems)).toEqual([]);
    expect(parsed.defects.filter((defect) => defect.kind === 'DUPLICATE_DEFINITION').map((defect) => defect.location)).toEqual([
      '5B002 definitions[4]',
      '5D992 definitions[2]',
      '5E992 definitions[2]',
    ]);
  });
});
