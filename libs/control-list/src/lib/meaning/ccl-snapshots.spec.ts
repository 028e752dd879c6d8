import type { ListEntry, ListSelection } from '../list-document';
import { realCcl2025Json } from '../import/ccl-2025-fixture';
import { realCclJson } from '../import/ccl-fixture';
import { parseList } from '../import/parse-list';
import { classifyEntryChanges, crosswalk } from './classify-list';
import type { EntrySides } from './classify-list';

// Categories 4 and 5 (the seed's surveillance entries live there) and 1A008, the one moved threshold pair: quick to parse.
const SELECTION: ListSelection = { categories: ['4', '5'], codes: ['1A008'] };

function changedEntries(): EntrySides[] {
  const older = new Map(parseList(realCcl2025Json(), SELECTION).document.entries.map((entry) => [entry.code, entry]));
  const newer = new Map(parseList(realCclJson(), SELECTION).document.entries.map((entry) => [entry.code, entry]));
  const codes = [...new Set([...older.keys(), ...newer.keys()])].sort();
  return codes
    .map((code) => ({ code, before: older.get(code) ?? null, after: newer.get(code) ?? null }))
    .filter(({ before, after }) => JSON.stringify(before) !== JSON.stringify(after));
}

/**
 * The mid-2025 and 2026-07-23 CCL snapshots as the importer reads them. Each finding below was checked by reading
 * both source files; where it comes from how the upstream files were extracted rather than from an amendment of the
 * regulation, the test says so, because the classifier can only report what the texts say.
 */
describe('the meaning of the differences between the 2025-07 and 2026-07-23 CCL snapshots', () => {
  const sides = changedEntries();
  const meanings = classifyEntryChanges(sides);
  const sideOf = (code: string) => sides.find((side) => side.code === code) as EntrySides;
  const itemTexts = (entry: ListEntry | null) => (entry?.paragraphs ?? []).filter((p) => p.kind === 'ITEM').map((p) => p.path);

  it('counts 49 changed entries, by meaning', () => {
    const counts: Record<string, number> = {};
    for (const { meanings: found } of meanings.values()) for (const meaning of found) counts[meaning] = (counts[meaning] ?? 0) + 1;
    expect(sides).toHaveLength(49);
    expect(counts).toEqual({ NEW_CONTROL: 5, DECONTROL: 15, BROADENED: 1, NARROWED: 1, REASONS_CHANGED: 1, EDITORIAL: 30 });
    expect(crosswalk(sides)).toEqual([]);
  });

  it('5A611 and 4A611 are new entries (the 2025 file has no 600-series entry in categories 4 and 5)', () => {
    for (const code of ['4A611', '5A611']) {
      expect(sideOf(code).before).toBeNull();
      expect(meanings.get(code)?.meanings).toEqual(['NEW_CONTROL']);
    }
  });

  it('5E002 changes its reasons: NS, RS, AT, EI in 2025; none in the 2026 file, whose reasonForControl is null', () => {
    expect(sideOf('5E002').before?.reasons).toEqual(['NS', 'RS', 'AT', 'EI']);
    expect(sideOf('5E002').after?.reasons).toEqual([]);
    expect(meanings.get('5E002')?.meanings).toEqual(['REASONS_CHANGED']);
  });

  it('4A005 loses item z.2 in the 2026 file (an unlabelled "z.2 Commodities …" row under a missing z): DECONTROL', () => {
    expect(itemTexts(sideOf('4A005').before)).toContain('4A005.z.2');
    expect(itemTexts(sideOf('4A005').after)).not.toContain('4A005.z.2');
    expect(meanings.get('4A005')?.meanings).toEqual(['DECONTROL']);
  });

  it('5A001, 4D004 and 4E001 differ in wording only: EDITORIAL', () => {
    for (const code of ['5A001', '4D004', '4E001']) expect(meanings.get(code)).toEqual({ meanings: ['EDITORIAL'], parameters: [], renumbered: [] });
  });

  it('1A008 shows the moved thresholds with their numbers, read where the two files place the heading note’s list differently', () => {
    const parameters = meanings.get('1A008')?.parameters.map((p) => [p.path, p.before.text, p.after.text, p.direction]);
    expect(parameters).toEqual([
      ['1A008.c', 'more than 2.0 kg', 'greater than 64 g', 'BROADENED'],
      ['1A008.d', 'greater than 0.1 kg', 'greater than 3.5 kg', 'NARROWED'],
    ]);
    expect(meanings.get('1A008')?.meanings).toEqual(['NEW_CONTROL', 'DECONTROL', 'BROADENED', 'NARROWED']);
  });
});
