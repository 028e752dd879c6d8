import type { ListEntry } from '@concord/control-list';
import { redlineEntry, wordSegments } from './redline';

const base: ListEntry = {
  code: '5A001',
  heading: 'Telecommunications systems, equipment, “components” and “accessories,” as follows (see List of Items Controlled).',
  status: 'ACTIVE',
  reasons: ['NS', 'SL', 'AT'],
  paragraphs: [
    { path: '5A001.j', kind: 'ITEM', text: 'IP network communications surveillance systems or equipment, having all of the following:' },
    { path: '5A001.j.1', kind: 'ITEM', text: 'Performing all of the following on a carrier class IP network:' },
    { path: '5A001.j.1.a', kind: 'ITEM', text: 'Analysis at the application layer;' },
    { path: '5A001.j.1.b', kind: 'ITEM', text: 'Extraction of selected metadata and application content; and' },
  ],
  relatedControls: { text: 'See also 5A980.', references: [{ regime: 'US-CCL', code: '5A980' }] },
  definitions: ['components', 'accessories'],
  correlations: [],
};

describe('redline', () => {
  it('shows exactly the words changed inside a paragraph', () => {
    const amended: ListEntry = {
      ...base,
      reasons: ['HR', 'NS', 'SL', 'AT'],
      paragraphs: base.paragraphs.map((p) =>
        p.path === '5A001.j.1.a' ? { ...p, text: 'Analysis at the network or application layer;' } : p,
      ),
    };
    const redline = redlineEntry(base, amended);
    const paragraph = redline.paragraphs.find((p) => p.path === '5A001.j.1.a')!;
    expect(paragraph.change).toBe('CHANGED');
    expect(paragraph.segments).toEqual([
      { kind: 'EQUAL', text: 'Analysis at the ' },
      { kind: 'INSERTED', text: 'network or ' },
      { kind: 'EQUAL', text: 'application layer;' },
    ]);
    expect(redline.paragraphs.filter((p) => p.change !== 'UNCHANGED').map((p) => p.path)).toEqual(['5A001.j.1.a']);
    const reasons = redline.fields.find((f) => f.field === 'reasons')!;
    expect(reasons.change).toBe('CHANGED');
    expect(reasons.segments.filter((s) => s.kind !== 'EQUAL')).toEqual([{ kind: 'INSERTED', text: 'HR, ' }]);
    expect(redline.fields.find((f) => f.field === 'heading')!.change).toBe('UNCHANGED');
  });

  it('aligns paragraphs by path, so an inserted sub-item is one insertion', () => {
    const amended: ListEntry = {
      ...base,
      paragraphs: [
        ...base.paragraphs.slice(0, 3),
        { path: '5A001.j.1.a', kind: 'NOTE', text: 'Note: includes encrypted traffic.' },
        ...base.paragraphs.slice(3),
      ],
    };
    const changes = redlineEntry(base, amended).paragraphs.map((p) => `${p.change} ${p.kind} ${p.path}`);
    expect(changes).toEqual([
      'UNCHANGED ITEM 5A001.j',
      'UNCHANGED ITEM 5A001.j.1',
      'UNCHANGED ITEM 5A001.j.1.a',
      'ADDED NOTE 5A001.j.1.a',
      'UNCHANGED ITEM 5A001.j.1.b',
    ]);
  });

  it('shows a removal as everything deleted and an addition as everything inserted', () => {
    const removed = redlineEntry(base, undefined);
    expect(removed.paragraphs.every((p) => p.change === 'REMOVED' && p.segments.every((s) => s.kind === 'DELETED'))).toBe(true);
    const added = redlineEntry(undefined, base);
    expect(added.fields.find((f) => f.field === 'code')).toEqual({ field: 'code', change: 'ADDED', segments: [{ kind: 'INSERTED', text: '5A001' }] });
  });

  it('reassembles both texts from the segments', () => {
    const before = 'Extraction of selected metadata and application content; and';
    const after = 'Extraction, storage or indexing of metadata and content; and';
    const segments = wordSegments(before, after);
    expect(segments.filter((s) => s.kind !== 'INSERTED').map((s) => s.text).join('')).toBe(before);
    expect(segments.filter((s) => s.kind !== 'DELETED').map((s) => s.text).join('')).toBe(after);
  });
});
