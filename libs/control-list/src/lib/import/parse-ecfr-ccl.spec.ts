import type { DefectKind, ParsedList } from '../list-document';
import { realCclJson } from './ccl-fixture';
import { parseEcfrCcl } from './parse-ecfr-ccl';

const kinds = (parsed: ParsedList): DefectKind[] => parsed.defects.map((defect) => defect.kind);
const expectTalliesAddUp = (parsed: ParsedList): void => {
  for (const tally of Object.values(parsed.counts)) expect(tally.read).toBe(tally.written + tally.rejected);
};
const entryOf = (parsed: ParsedList, code: string) => parsed.document.entries.find((entry) => entry.code === code);

describe('parseEcfrCcl on the 2026-07-23 CCL', () => {
  const parsed = parseEcfrCcl(realCclJson());

  it('reads all 633 entries and keeps the counts consistent', () => {
    expect(parsed.counts.entries).toEqual({ read: 633, written: 633, rejected: 0 });
    expect(parsed.document.entries).toHaveLength(633);
    expectTalliesAddUp(parsed);
    const rejectedParagraphs = parsed.defects.filter((defect) => defect.rejected === 'PARAGRAPH').length;
    expect(parsed.counts.paragraphs.rejected).toBe(rejectedParagraphs);
    const written = parsed.document.entries.reduce((sum, entry) => sum + entry.paragraphs.length, 0);
    expect(parsed.counts.paragraphs.written).toBe(written);
    expect(parsed.counts.definitions).toEqual({ read: 0, written: 0, rejected: 0 });
    expect(parsed.document.definitions).toEqual([]);
  });

  it('builds full paragraph paths from depth', () => {
    const entry = entryOf(parsed, '5A001');
    const paragraph = entry?.paragraphs.find((p) => p.path === '5A001.j.1.a' && p.kind === 'ITEM');
    expect(paragraph?.text).toMatch(/^Analysis at the application layer/);
    expect(entryOf(parsed, '4E001')?.paragraphs.some((p) => p.path === '4E001.c' && p.kind === 'ITEM')).toBe(true);
    expect(entry?.reasons).toEqual(['NS', 'SL', 'AT']);
    expect(entry?.definitions).toEqual(expect.arrayContaining(['components', 'accessories', 'specially designed']));
  });

  it('keeps notes on the item above them and note enumerations as notes, not as items', () => {
    const paragraphs = entryOf(parsed, '5A001')?.paragraphs ?? [];
    const decontrol = paragraphs.find((p) => p.text.startsWith('5A001.b.3.b does not control'));
    expect(decontrol).toMatchObject({ path: '5A001.b.3.b', kind: 'DECONTROL_NOTE' });
    expect(paragraphs).toContainEqual({ path: '5A001.b.3.b', kind: 'DECONTROL_NOTE', text: 'a. Civil cellular radio-communications systems; or' });
    expect(paragraphs).toContainEqual(expect.objectContaining({ path: '5A001.b.5.d', kind: 'TECHNICAL_NOTE' }));
    const itemPaths = paragraphs.filter((p) => p.kind === 'ITEM').map((p) => p.path);
    expect(new Set(itemPaths).size).toBe(itemPaths.length);
    expect(itemPaths).toContain('5A001.b.1'); // its label was left in the text upstream
  });

  it('reports the known defects of the file row by row', () => {
    const found = new Set(kinds(parsed));
    expect([...found].sort()).toEqual(['INVALID_VALUE', 'MALFORMED_PATH', 'SPLIT_NOTE', 'UNKNOWN_REASON']);
    expect(parsed.defects).toContainEqual(
      expect.objectContaining({ kind: 'MALFORMED_PATH', rejected: 'PARAGRAPH', location: 'entries[77] 1A607 item 4 (".f.2.1")' }),
    );
    expect(parsed.defects).toContainEqual(expect.objectContaining({ kind: 'UNKNOWN_REASON', location: 'entries[24] 0A998' }));
    expect(entryOf(parsed, '0A998')?.reasons).toEqual([]);
    expect(entryOf(parsed, '2B004')?.reasons).toEqual(['NS', 'MT', 'NP', 'AT']);
  });

  it('extracts references to ECCNs and USML categories from related controls', () => {
    const entry = entryOf(parsed, '5A001');
    expect(entry?.relatedControls.text).toBe(realEntry('5A001').relatedControls);
    expect(entry?.relatedControls.references).toEqual(expect.arrayContaining([{ regime: 'USML', code: 'XI' }, { regime: 'US-CCL', code: '5A980' }]));
    expect(entry?.relatedControls.references).not.toContainEqual({ regime: 'US-CCL', code: '5A001' });
  });

  it('describes its source', () => {
    expect(parsed.document.source).toEqual({
      description: '15 C.F.R. Part 774, Supplement No. 1 (Commerce Control List), eCFR issue 2026-07-23',
      url: 'https://www.ecfr.gov/api/versioner/v1/full/2026-07-23/title-15.xml?part=774',
      issued: '2026-07-23',
    });
  });

  it('reads only the selected entries', () => {
    const byCode = parseEcfrCcl(realCclJson(), { codes: ['4A005', '5A001'] });
    expect(byCode.document.entries.map((entry) => entry.code)).toEqual(['4A005', '5A001']);
    expect(byCode.counts.entries).toEqual({ read: 2, written: 2, rejected: 0 });
    expect(byCode.counts.paragraphs.read).toBe(realEntry('4A005').items.length + realEntry('5A001').items.length);
    expectTalliesAddUp(byCode);

    const byCategory = parseEcfrCcl(realCclJson(), { categories: ['4'] });
    expect(byCategory.document.entries).toHaveLength(24);
    expect(byCategory.document.entries.every((entry) => entry.code.startsWith('4'))).toBe(true);
    expect(byCategory.defects.every((defect) => / 4[A-E]\d{3}/.test(defect.location))).toBe(true);
  });
});

function realEntry(code: string): { relatedControls: string; items: unknown[] } {
  const json = realCclJson() as { entries: Array<{ eccn: string; relatedControls: string; items?: unknown[] }> };
  const entry = json.entries.find((candidate) => candidate.eccn === code);
  return { relatedControls: entry?.relatedControls ?? '', items: entry?.items ?? [] };
}

describe('parseEcfrCcl on hand-made defects', () => {
  const item = (paragraph: string | null, depth: number, text: string, kind = 'item') => ({ paragraph, kind, depth, text });
  const sample = {
    citation: 'Sample',
    ecfrIssueDate: '2026-01-01',
    entryCount: 6,
    entries: [
      {
        eccn: '5A001',
        heading: 'Telecommunications “components,” as follows.',
        reasonForControl: 'NS, ns, XX, AT',
        relatedControls: 'See also ECCNs 5A101, 5A980 and USML Category XI.',
        items: [
          item('a', 1, 'Equipment;'),
          item('a.1', 2, 'Hardened;'),
          item(null, 0, '5A001.a does not control any of the following:', 'text'),
          item('a', 1, 'Civil equipment;'),
          item(null, 0, 'See also 5A002.', 'text'),
          item('b', 1, 'Fixed stations.'),
          item('b', 1, 'Note: 5A001.b does not apply to toys.'),
          item('b.1.1', 2, 'Bad label.'),
          item('Technical Note', 1, 'For the purposes of 5A001.b, “toy” means a toy.'),
          item('c', 1, 'Final item.'),
          item('b', 1, 'Out of order without a note.'),
          item('d', 1, 'Unknown row kind.', 'weird'),
        ],
      },
      { eccn: '5X001', heading: 'Bad code', reasonForControl: null, relatedControls: null, items: [item('a', 1, 'x')] },
      { eccn: '5A001', heading: 'Again', reasonForControl: 'NS', relatedControls: null, items: [item('a', 1, 'y'), item('b', 1, 'z')] },
      { eccn: '5A002', heading: '[Reserved]', reasonForControl: 'Foreign policy', relatedControls: null },
      { eccn: '5A003', reasonForControl: null, relatedControls: null },
      { eccn: '4A005', heading: 'Intrusion “software”.', reasonForControl: 'NS, MT and AT', relatedControls: null },
    ],
  };
  const parsed = parseEcfrCcl(sample);
  const defectsOf = (kind: DefectKind) => parsed.defects.filter((defect) => defect.kind === kind);

  it('detects every defect kind it claims to', () => {
    expect(new Set(kinds(parsed))).toEqual(
      new Set(['MALFORMED_CODE', 'MALFORMED_PATH', 'SPLIT_NOTE', 'UNKNOWN_REASON', 'DUPLICATE_CODE', 'MISSING_FIELD', 'INVALID_VALUE']),
    );
    expect(defectsOf('MALFORMED_CODE')).toEqual([expect.objectContaining({ location: 'entries[1] 5X001', rejected: 'ENTRY' })]);
    expect(defectsOf('DUPLICATE_CODE')).toEqual([expect.objectContaining({ location: 'entries[2] 5A001', rejected: 'ENTRY' })]);
    expect(defectsOf('MISSING_FIELD')).toEqual([expect.objectContaining({ location: 'entries[4] 5A003', rejected: 'ENTRY' })]);
    expect(defectsOf('UNKNOWN_REASON').map((d) => d.message)).toEqual([
      expect.stringContaining('"XX"'),
      expect.stringContaining('"Foreign policy"'),
    ]);
    expect(defectsOf('MALFORMED_PATH').map((d) => [d.location, d.rejected])).toEqual([
      ['entries[0] 5A001 item 7 (".b.1.1")', 'PARAGRAPH'],
      ['entries[0] 5A001 item 10 (".b")', 'PARAGRAPH'],
    ]);
    expect(defectsOf('SPLIT_NOTE').map((d) => d.location)).toEqual([
      'entries[0] 5A001 item 3 (".a")',
      'entries[0] 5A001 item 6 (".b")',
      'entries[0] 5A001 item 8 (".Technical Note")',
    ]);
    expect(defectsOf('INVALID_VALUE').map((d) => d.location)).toEqual(['entries[0] 5A001 item 11 (".d")', 'entries[5] 4A005']);
  });

  it('writes what can be placed and counts the rest as rejected', () => {
    const [entry, reserved, noParagraphs] = parsed.document.entries;
    expect(parsed.document.entries.map((e) => e.code)).toEqual(['5A001', '5A002', '4A005']);
    expect(entry.reasons).toEqual(['NS', 'AT']);
    expect(entry.paragraphs).toEqual([
      { path: '5A001.a', kind: 'ITEM', text: 'Equipment;' },
      { path: '5A001.a.1', kind: 'ITEM', text: 'Hardened;' },
      { path: '5A001.a.1', kind: 'DECONTROL_NOTE', text: '5A001.a does not control any of the following:' },
      { path: '5A001.a.1', kind: 'DECONTROL_NOTE', text: 'a. Civil equipment;' },
      { path: '5A001.a.1', kind: 'NB', text: 'See also 5A002.' },
      { path: '5A001.b', kind: 'ITEM', text: 'Fixed stations.' },
      { path: '5A001.b', kind: 'DECONTROL_NOTE', text: 'Note: 5A001.b does not apply to toys.' },
      { path: '5A001.b', kind: 'TECHNICAL_NOTE', text: 'For the purposes of 5A001.b, “toy” means a toy.' },
      { path: '5A001.c', kind: 'ITEM', text: 'Final item.' },
    ]);
    expect(entry.definitions).toEqual(['components', 'toy']);
    expect(entry.relatedControls.references).toEqual([
      { regime: 'US-CCL', code: '5A101' },
      { regime: 'US-CCL', code: '5A980' },
      { regime: 'USML', code: 'XI' },
    ]);
    expect(reserved.status).toBe('RESERVED');
    expect(noParagraphs.reasons).toEqual(['NS', 'MT', 'AT']);
    expect(parsed.counts.entries).toEqual({ read: 6, written: 3, rejected: 3 });
    expect(parsed.counts.paragraphs).toEqual({ read: 15, written: 9, rejected: 6 });
    expectTalliesAddUp(parsed);
  });

  it('refuses input that is not the CCL JSON', () => {
    expect(() => parseEcfrCcl({ format: 'concord-list/1' })).toThrow(/entries/);
  });
});
