import type { ListEntry } from '../list-document';
import { classifyEntryChange } from './classify-change';
import { classifyEntryChanges, crosswalk } from './classify-list';
import { directionOf, parameterChanges } from './parameter-changes';
import { readThresholds } from './thresholds';

const entry = (code: string, items: [string, string][], extra: Partial<ListEntry> = {}): ListEntry => ({
  code,
  heading: 'Equipment as follows',
  status: 'ACTIVE',
  reasons: ['NS', 'AT'],
  paragraphs: items.map(([path, text]) => ({ path: `${code}${path}`, kind: 'ITEM', text })),
  relatedControls: { text: null, references: [] },
  definitions: [],
  correlations: [],
  ...extra,
});
const direction = (before: string, after: string) => parameterChanges('p', before, after).map((change) => change.direction);

describe('threshold direction rules', () => {
  it('reads comparators, units and ranges', () => {
    expect(readThresholds('a bandwidth exceeding 500 MHz; or').map((t) => [t.comparator, t.value, t.unit, t.baseValue])).toEqual([['ABOVE', 500, 'MHz', 5e8]]);
    expect(readThresholds('an ERP equal to or greater than +20 dBm').map((t) => t.comparator)).toEqual(['AT_LEAST']);
    expect(readThresholds('“Instantaneous bandwidth” of 10 MHz or more').map((t) => t.comparator)).toEqual(['AT_LEAST']);
    expect(readThresholds('above 31.8 GHz, but not exceeding 57 GHz').map((t) => [t.comparator, t.value])).toEqual([['ABOVE', 31.8], ['AT_MOST', 57]]);
    expect(readThresholds('operating in the 1.5 MHz to 87.5 MHz band').map((t) => [t.comparator, t.value])).toEqual([['AT_LEAST', 1.5], ['AT_MOST', 87.5]]);
    expect(readThresholds('More than 1,000 channels;').map((t) => [t.comparator, t.value, t.unit])).toEqual([['ABOVE', 1000, 'channels']]);
    expect(readThresholds('optical fibers of 500 m in length')).toEqual([]);
    expect(readThresholds('withstanding 10 6 m or greater')).toEqual([]);
  });

  it('a raised lower bound narrows, a lowered one broadens, across units', () => {
    expect(direction('exceeding 120 Gbit/s', 'exceeding 560 Gbit/s')).toEqual(['NARROWED']);
    expect(direction('greater than 560 Gbit/s', 'greater than 120 Gbit/s')).toEqual(['BROADENED']);
    expect(direction('more than 120 Gbit/s', 'more than 100,000 Mbit/s')).toEqual(['BROADENED']);
    expect(direction('above 2 GHz', 'above 2,000 MHz')).toEqual([]);
    expect(direction('10 MHz or more', '20 MHz or more')).toEqual(['NARROWED']);
  });

  it('a raised upper bound broadens, a lowered one narrows', () => {
    expect(direction('less than 1 ms', 'less than 2 ms')).toEqual(['BROADENED']);
    expect(direction('not exceeding 87.5 MHz', 'not exceeding 80 MHz')).toEqual(['NARROWED']);
    expect(direction('a settling time less than 9 ns', 'a settling time less than 9,000 ps')).toEqual([]);
  });

  it('letting the bound itself in broadens; equality taken out narrows', () => {
    const [exceeding] = readThresholds('exceeding 1 W');
    const [atLeast] = readThresholds('equal to or more than 1 W');
    expect(directionOf(exceeding, atLeast)).toBe('BROADENED');
    expect(directionOf(atLeast, exceeding)).toBe('NARROWED');
    expect(direction('less than 1 W', 'equal to or less than 1 W')).toEqual(['BROADENED']);
  });

  it('does not compare bounds of different dimensions or sides', () => {
    expect(direction('exceeding 1 W', 'exceeding 2 ms')).toEqual([]);
    expect(direction('exceeding 1 W', 'less than 2 W')).toEqual([]);
  });
});

describe('classifyEntryChange', () => {
  const base = entry('5A001', [['.j', 'Systems having all of the following:'], ['.j.1', 'A throughput exceeding 120 Gbit/s;'], ['.j.2', 'Indexing of extracted data.']]);

  it('names a new entry NEW_CONTROL and a removed or reserved one DECONTROL', () => {
    expect(classifyEntryChange(undefined, base).meanings).toEqual(['NEW_CONTROL']);
    expect(classifyEntryChange(base, undefined).meanings).toEqual(['DECONTROL']);
    expect(classifyEntryChange(base, { ...base, status: 'RESERVED', heading: '[Reserved]', paragraphs: [] }).meanings).toEqual(['DECONTROL']);
  });

  it('reports a moved threshold with its numbers and direction', () => {
    const after = entry('5A001', [['.j', 'Systems having all of the following:'], ['.j.1', 'A throughput exceeding 560 Gbit/s;'], ['.j.2', 'Indexing of extracted data.']]);
    const meaning = classifyEntryChange(base, after);
    expect(meaning.meanings).toEqual(['NARROWED']);
    expect(meaning.parameters).toEqual([
      expect.objectContaining({ path: '5A001.j.1', direction: 'NARROWED', before: expect.objectContaining({ value: 120, unit: 'Gbit/s' }), after: expect.objectContaining({ value: 560, unit: 'Gbit/s' }) }),
    ]);
  });

  it('sees added and removed items, reserved paragraphs, reasons and decontrol notes', () => {
    const added = entry('5A001', [['.j', 'Systems having all of the following:'], ['.j.1', 'A throughput exceeding 120 Gbit/s;'], ['.j.2', 'Indexing of extracted data.'], ['.j.3', 'Mapping of networks.']]);
    expect(classifyEntryChange(base, added).meanings).toEqual(['NEW_CONTROL']);
    expect(classifyEntryChange(added, base).meanings).toEqual(['DECONTROL']);
    const reserved = entry('5A001', [['.j', 'Systems having all of the following:'], ['.j.1', '[Reserved]'], ['.j.2', 'Indexing of extracted data.']]);
    expect(classifyEntryChange(base, reserved).meanings).toEqual(['DECONTROL']);
    expect(classifyEntryChange(base, { ...base, reasons: ['NS', 'AT', 'HR'] }).meanings).toEqual(['REASONS_CHANGED']);
    const note = { path: '5A001.j', kind: 'DECONTROL_NOTE' as const, text: '5A001.j does not apply to marketing systems.' };
    const withNote = { ...base, paragraphs: [...base.paragraphs, note] };
    expect(classifyEntryChange(base, withNote).meanings).toEqual(['DECONTROL']);
    expect(classifyEntryChange(withNote, base).meanings).toEqual(['BROADENED']);
    const wider = { ...base, paragraphs: [...base.paragraphs, { ...note, text: '5A001.j does not control equipment of 1 W or less.' }] };
    const widerStill = { ...base, paragraphs: [...base.paragraphs, { ...note, text: '5A001.j does not control equipment of 5 W or less.' }] };
    // A bigger exemption releases more: the control narrows.
    expect(classifyEntryChange(wider, widerStill).meanings).toEqual(['NARROWED']);
  });

  it('calls the same item text under a new path RENUMBERED, and wording alone EDITORIAL', () => {
    const moved = entry('5A001', [['.j', 'Systems having all of the following:'], ['.j.1', 'Mapping of networks;'], ['.j.2', 'A throughput exceeding 120 Gbit/s;'], ['.j.3', 'Indexing of extracted data.']]);
    const meaning = classifyEntryChange(base, moved);
    expect(meaning.meanings).toEqual(['NEW_CONTROL', 'RENUMBERED']);
    expect(meaning.renumbered).toEqual([
      { oldPath: '5A001.j.1', newPath: '5A001.j.2', kind: 'PARAGRAPH' },
      { oldPath: '5A001.j.2', newPath: '5A001.j.3', kind: 'PARAGRAPH' },
    ]);
    const reworded = entry('5A001', [['.j', 'Systems having all of the following:'], ['.j.1', 'A throughput exceeding 120 Gbit/s; and'], ['.j.2', 'Indexing of the extracted data.']]);
    expect(classifyEntryChange(base, reworded)).toEqual({ meanings: ['EDITORIAL'], parameters: [], renumbered: [] });
  });

  it('calls an entry that went while its text appeared under another code RENUMBERED, with a crosswalk', () => {
    const renamed = entry('5A002', [['.j', 'Systems having all of the following:'], ['.j.1', 'A throughput exceeding 120 Gbit/s;'], ['.j.2', 'Indexing of extracted data.']]);
    const changes = [
      { code: '5A001', before: base, after: null },
      { code: '5A002', before: null, after: renamed },
    ];
    expect(classifyEntryChanges(changes).get('5A002')?.meanings).toEqual(['RENUMBERED']);
    expect(crosswalk(changes)).toEqual([
      { oldPath: '5A001', newPath: '5A002', kind: 'ENTRY' },
      { oldPath: '5A001.j', newPath: '5A002.j', kind: 'PARAGRAPH' },
      { oldPath: '5A001.j.1', newPath: '5A002.j.1', kind: 'PARAGRAPH' },
      { oldPath: '5A001.j.2', newPath: '5A002.j.2', kind: 'PARAGRAPH' },
    ]);
  });
});

describe('classifyEntryChange on notes that move with their item', () => {
  it('does not read a decontrol note carried along by a renumbering as a decontrol', () => {
    const note = (path: string) => ({ path, kind: 'DECONTROL_NOTE' as const, text: 'Does not control civil equipment.' });
    const before = entry('5A001', [['.f', 'Equipment as follows:'], ['.f.1', 'Interception equipment;']]);
    before.paragraphs.push(note('5A001.f.1'));
    const after = entry('5A001', [['.f', 'Equipment as follows:'], ['.f.1', 'Locating equipment;'], ['.f.2', 'Interception equipment;']]);
    after.paragraphs.push(note('5A001.f.2'));
    expect(classifyEntryChange(before, after).meanings).toEqual(['NEW_CONTROL', 'RENUMBERED']);
  });
});
