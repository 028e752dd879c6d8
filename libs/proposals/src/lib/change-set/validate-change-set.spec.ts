import type { ListEntry } from '@concord/control-list';
import { baseListOf } from './base-list';
import { ChangeKind } from './change';
import { entryDigest, validateChangeSet } from './validate-change-set';

const entry = (code: string, overrides: Partial<ListEntry> = {}): ListEntry => ({
  code,
  heading: `Heading of ${code}`,
  status: 'ACTIVE',
  reasons: ['NS', 'AT'],
  paragraphs: [{ path: `${code}.a`, kind: 'ITEM', text: 'Systems for “intrusion software”' }],
  relatedControls: { text: null, references: [] },
  definitions: [],
  correlations: [],
  ...overrides,
});

const base = baseListOf(
  [entry('4A005'), entry('5A001'), entry('5A980', { status: 'RESERVED', paragraphs: [] })],
  [{ term: 'intrusion software', text: 'Software specially designed …' }],
);

describe('validateChangeSet', () => {
  it('accepts a well-formed amendment, addition and definition change', () => {
    const verdict = validateChangeSet(
      [
        { kind: ChangeKind.AMEND_ENTRY, code: '4A005', baseDigest: entryDigest(entry('4A005')), entry: entry('4A005', { reasons: ['HR', 'NS'] }) },
        { kind: ChangeKind.ADD_ENTRY, entry: entry('4A999') },
        { kind: ChangeKind.AMEND_DEFINITION, term: 'Intrusion Software', definition: { term: 'intrusion software', text: 'New text' } },
      ],
      base,
    );
    expect(verdict).toEqual({ problems: [], warnings: [] });
  });

  it('refuses reusing a reserved code, adding an existing one, and amending a missing or reserved one', () => {
    const verdict = validateChangeSet(
      [
        { kind: ChangeKind.ADD_ENTRY, entry: entry('5A980') },
        { kind: ChangeKind.ADD_ENTRY, entry: entry('5A001') },
        { kind: ChangeKind.AMEND_ENTRY, code: '3A999', baseDigest: 'x', entry: entry('3A999') },
        { kind: ChangeKind.REMOVE_ENTRY, code: '4A005', baseDigest: 'x' },
        { kind: ChangeKind.REMOVE_ENTRY, code: '4A005', baseDigest: 'x' },
      ],
      base,
    );
    expect(verdict.problems.map((p) => p.field)).toEqual([
      'changes[0].entry.code',
      'changes[1].entry.code',
      'changes[2].code',
      'changes[4].code',
    ]);
    expect(verdict.problems[0].message).toMatch(/reserved/);
  });

  it('refuses malformed codes, paths and reasons', () => {
    const bad = entry('4A005', {
      reasons: ['NS', 'XX'],
      paragraphs: [
        { path: '4A005.1', kind: 'ITEM', text: 'numbers cannot come first' },
        { path: '4A006.a', kind: 'ITEM', text: 'another entry' },
        { path: '4A005', kind: 'NOTE', text: 'Note: an entry-level note is fine.' },
      ],
    });
    const verdict = validateChangeSet(
      [
        { kind: ChangeKind.AMEND_ENTRY, code: '4A005', baseDigest: 'x', entry: bad },
        { kind: ChangeKind.ADD_ENTRY, entry: entry('4F005') },
      ],
      base,
    );
    expect(verdict.problems.map((p) => p.field)).toEqual([
      'changes[0].entry.reasons[1]',
      'changes[0].entry.paragraphs[0].path',
      'changes[0].entry.paragraphs[1].path',
      'changes[1].entry.code',
      'changes[1].entry.paragraphs[0].path',
    ]);
  });

  it('warns about quoted terms that resolve to no definition, unless the proposal adds them', () => {
    const quoting = entry('4A999', { paragraphs: [{ path: '4A999.a', kind: 'ITEM', text: '“Facial recognition” systems using “intrusion software”' }] });
    expect(validateChangeSet([{ kind: ChangeKind.ADD_ENTRY, entry: quoting }], base).warnings).toEqual([
      '4A999: “facial recognition” resolves to no definition; publication needs one',
    ]);
    const withDefinition = validateChangeSet(
      [
        { kind: ChangeKind.ADD_ENTRY, entry: quoting },
        { kind: ChangeKind.ADD_DEFINITION, definition: { term: 'facial recognition', text: 'Automated identification of a person by the face.' } },
      ],
      base,
    );
    expect(withDefinition).toEqual({ problems: [], warnings: [] });
  });

  it('refuses an empty change set', () => {
    expect(validateChangeSet([], base).problems).toEqual([{ field: 'changes', message: 'a proposal changes at least one entry or definition' }]);
  });

  it('refuses an amendment that changes nothing, and one that turns an entry reserved instead of removing it', () => {
    const verdict = validateChangeSet(
      [
        { kind: ChangeKind.AMEND_ENTRY, code: '4A005', baseDigest: entryDigest(entry('4A005')), entry: entry('4A005') },
        { kind: ChangeKind.AMEND_ENTRY, code: '5A001', baseDigest: entryDigest(entry('5A001')), entry: entry('5A001', { status: 'RESERVED' }) },
        { kind: ChangeKind.AMEND_DEFINITION, term: 'intrusion software', definition: { term: 'intrusion software', text: 'Software specially designed …' } },
      ],
      base,
    );
    expect(verdict.problems.map((p) => p.field)).toEqual(['changes[0].entry', 'changes[1].entry.status', 'changes[2].definition']);
  });
});
