import type { ParsedList } from '../list-document';
import { realCcl2025Json } from './ccl-2025-fixture';
import { realCclJson } from './ccl-fixture';
import { parseCclMarkdown } from './parse-ccl-markdown';
import { detectListFormat, parseList } from './parse-list';

const entryOf = (parsed: ParsedList, code: string) => parsed.document.entries.find((entry) => entry.code === code);
const items = (parsed: ParsedList, code: string) => entryOf(parsed, code)?.paragraphs.filter((p) => p.kind === 'ITEM') ?? [];

describe('parseCclMarkdown on the mid-2025 CCL', () => {
  const parsed = parseCclMarkdown(realCcl2025Json());

  it('is detected by parseList and reads all 606 entries with counts that add up', () => {
    expect(detectListFormat(realCcl2025Json())).toBe('ccl-markdown');
    expect(parsed.counts.entries).toEqual({ read: 606, written: 604, rejected: 2 });
    // Two upstream rows carry a heading where the code belongs.
    expect(parsed.defects.filter((defect) => defect.rejected === 'ENTRY').map((defect) => defect.message.split(' is not')[0])).toEqual(['"ECCN"', '"Technical Note"']);
    for (const tally of Object.values(parsed.counts)) expect(tally.read).toBe(tally.written + tally.rejected);
  });

  it('reads 5A001 as the 2026 parser reads the same text: paths, kinds, reasons, related controls, terms', () => {
    const entry = entryOf(parsed, '5A001');
    expect(entry?.reasons).toEqual(['NS', 'SL', 'AT']);
    expect(entry?.heading).toBe('Telecommunications systems, equipment, “components” and “accessories,” as follows (see List of Items Controlled).');
    expect(entry?.relatedControls.references).toEqual(expect.arrayContaining([{ regime: 'US-CCL', code: '5A980' }, { regime: 'USML', code: 'XI' }]));
    expect(entry?.definitions).toEqual(expect.arrayContaining(['components', 'accessories', 'specially designed', 'hard selectors']));
    const later = parseList(realCclJson(), { codes: ['5A001'] });
    // The 2026 file left a space where the markdown had emphasis: "( e.g., …"; otherwise the texts are equal.
    const jItems = (list: ParsedList) =>
      items(list, '5A001').filter((p) => p.path.startsWith('5A001.j')).map((p) => ({ ...p, text: p.text.replace(/\( /g, '(') }));
    expect(jItems(parsed)).toEqual(jItems(later));
    expect(jItems(parsed).map((p) => p.path)).toEqual(['5A001.j', '5A001.j.1', '5A001.j.1.a', '5A001.j.1.b', '5A001.j.1.c', '5A001.j.2', '5A001.j.2.a', '5A001.j.2.b']);
    const paragraphs = entry?.paragraphs ?? [];
    expect(paragraphs).toContainEqual({ path: '5A001.b.3.b', kind: 'DECONTROL_NOTE', text: 'a. Civil cellular radio-communications systems; or' });
    expect(paragraphs).toContainEqual(expect.objectContaining({ path: '5A001.b.5.d', kind: 'TECHNICAL_NOTE' }));
    expect(paragraphs).toContainEqual({ path: '5A001.c', kind: 'NB', text: 'For underwater umbilical cables, see 8A002.a.3.' });
    // The markdown kept the label the 2026 file lost ("b.1 Being underwater …" arrives there as an unlabelled row).
    expect(paragraphs).toContainEqual({ path: '5A001.b.1', kind: 'ITEM', text: 'Being underwater untethered communications systems having any of the following:' });
  });

  it('reads 4A005 and 5D002: reserved ranges, z paragraphs, decontrol notes', () => {
    expect(items(parsed, '4A005').map((p) => [p.path, p.text])).toEqual([
      ['4A005.a', 'through y. [Reserved]'],
      ['4A005.z.1', 'Commodities that are specified in 4A005 that also meet or exceed the performance parameters in 4A090.a.'],
      ['4A005.z.2', 'Commodities that are specified in 4A005 that also meet or exceed the performance parameters in 4A090.b.'],
    ]);
    expect(entryOf(parsed, '4A005')?.reasons).toEqual(['NS', 'RS', 'AT']);
    const software = entryOf(parsed, '5D002');
    expect(software?.reasons).toEqual(['NS', 'RS', 'AT', 'EI']);
    expect(software?.paragraphs).toContainEqual({ path: '5D002.c.3.b', kind: 'DECONTROL_NOTE', text: '5D002.c.3.b does not apply to “intrusion software”.' });
    expect(software?.paragraphs).toContainEqual({ path: '5D002.d', kind: 'NB', text: 'See 5D002.b for items formerly specified in 5D002.d.' });
  });

  it('reports what it cannot read, row by row, and writes the rest', () => {
    const json = [
      {
        name: 'Category 5',
        product_groups: [
          {
            name: 'A.',
            eccn: [
              { code: '5A00', description: 'Bad code', details: '' },
              { code: '5A999', description: '', details: 'List of Items Controlled\n\na. Something' },
              { code: '5A998', description: 'Equipment as follows', details: '*Reason for Control:* NS, XX\n\nList of Items Controlled\n\na. First;\n\nq.7.7 Not in order\n\nb. Second.' },
              { code: '5A998', description: 'Again', details: '' },
            ],
          },
        ],
      },
    ];
    const result = parseCclMarkdown(json);
    expect(result.document.entries.map((entry) => entry.code)).toEqual(['5A998']);
    expect(result.defects.map((defect) => [defect.kind, defect.rejected])).toEqual([
      ['MALFORMED_CODE', 'ENTRY'],
      ['MISSING_FIELD', 'ENTRY'],
      ['MALFORMED_PATH', 'PARAGRAPH'],
      ['UNKNOWN_REASON', 'NONE'],
      ['DUPLICATE_CODE', 'ENTRY'],
    ]);
    expect(result.defects[2].location).toBe('[0].product_groups[0].eccn[2] 5A998 item 1 (".q.7.7")');
    expect(result.counts.entries).toEqual({ read: 4, written: 1, rejected: 3 });
    expect(items(result, '5A998').map((p) => p.path)).toEqual(['5A998.a', '5A998.b']);
  });
});
