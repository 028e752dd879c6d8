import type { ListEntry } from './list-document';
import { definitionProblems, entryProblems, LIST_LIMITS } from './list-rules';

const entry = (overrides: Partial<ListEntry> = {}): ListEntry => ({
  code: '5A001',
  heading: 'Telecommunications systems',
  status: 'ACTIVE',
  reasons: ['NS', 'HR'],
  paragraphs: [
    { path: '5A001', kind: 'NOTE', text: 'A note on the whole entry.' },
    { path: '5A001.j', kind: 'ITEM', text: 'IP network communications surveillance systems' },
    { path: '5A001.j', kind: 'TECHNICAL_NOTE', text: 'A note under j.' },
    { path: '5A001.j.1', kind: 'ITEM', text: 'Carrier class IP networks' },
  ],
  relatedControls: { text: 'See also 5D001.', references: [{ regime: 'US-CCL', code: '5D001' }, { regime: 'WA', code: '5.A.1.j' }] },
  definitions: ['intrusion software'],
  correlations: [
    { scheme: 'HS2022', code: '851762', relation: 'PARTIAL' },
    { scheme: 'CN', code: '85176200', relation: 'PARTIAL' },
  ],
  ...overrides,
});

const fields = (found: ReturnType<typeof entryProblems>) => found.map((problem) => problem.field);

describe('the list rules', () => {
  it('accept a well-formed entry, entry-level notes and notes under an item above them', () => {
    expect(entryProblems(entry())).toEqual([]);
  });

  it('name the field of each broken rule', () => {
    expect(fields(entryProblems(entry({ code: '5F001', paragraphs: [] })))).toEqual(['code']);
    const broken = entry({
      heading: ' ',
      reasons: ['NS', 'XX', 'NS'],
      paragraphs: [
        { path: '5A001.j.1', kind: 'NOTE', text: 'A note under an item that only comes later.' },
        { path: '5A001.J', kind: 'ITEM', text: 'upper case' },
        { path: '5A001.a', kind: 'ITEM', text: ' ' },
        { path: '5A001.a', kind: 'ITEM', text: 'twice' },
      ],
      relatedControls: { text: null, references: [{ regime: 'Wassenaar', code: '5.A.1' }, { regime: 'EU', code: ' 5A001' }] },
      definitions: ['spyware', 'Spyware', ''],
      correlations: [
        { scheme: 'HS2022', code: '8517.62', relation: 'PARTIAL' },
        { scheme: 'HS2022', code: '85176200', relation: 'SAME' },
        { scheme: 'CN', code: '851762', relation: 'ROUGHLY' as never },
      ],
    });
    expect(fields(entryProblems(broken))).toEqual([
      'heading',
      'reasons[1]',
      'reasons[2]',
      'paragraphs[0].path',
      'paragraphs[1].path',
      'paragraphs[2].text',
      'paragraphs[3].path',
      'references[0].regime',
      'references[1].code',
      'definitions[1]',
      'definitions[2]',
      'correlations[0].code',
      'correlations[1].code',
      'correlations[2].relation',
    ]);
  });

  it('explain customs codes and regimes in words a delegate can act on', () => {
    const [customs] = entryProblems(entry({ correlations: [{ scheme: 'HS2022', code: '8525.89', relation: 'PARTIAL' }] }));
    expect(customs.message).toBe('HS2022 codes are 2, 4, 6 digits without dots or spaces, e.g. 852589');
    const [regime] = entryProblems(entry({ relatedControls: { text: null, references: [{ regime: 'Wassenaar', code: '5.A.1' }] } }));
    expect(regime.message).toMatch(/use one of WA, EU, US-CCL/);
  });

  it('hold an entry to the list\'s own size limits, the whole entry included', () => {
    expect(fields(entryProblems(entry({ heading: 'h'.repeat(LIST_LIMITS.headingLength + 1) })))).toEqual(['heading']);
    const huge = entry({ paragraphs: Array.from({ length: 30 }, (_, i) => ({ path: `5A001.${String.fromCharCode(97 + (i % 26))}${i >= 26 ? 'a' : ''}`, kind: 'ITEM' as const, text: 'x'.repeat(40_000) })) });
    expect(fields(entryProblems(huge))).toEqual(['']);
  });

  it('check definitions', () => {
    expect(definitionProblems({ term: 'spyware', text: 'Covert monitoring software.' })).toEqual([]);
    expect(definitionProblems({ term: ' spyware', text: ' ' }).map((problem) => problem.field)).toEqual(['term', 'text']);
  });
});
