import type { ListEntry } from '@concord/control-list';
import { baseListOf } from '../change-set/base-list';
import { Change, ChangeKind } from '../change-set/change';
import { entryDigest } from '../change-set/validate-change-set';
import { describeMerge, planRebase } from './plan-rebase';
import { MergeReason } from './revision-merge';

const entry = (code: string, heading = `Heading of ${code}`, status: ListEntry['status'] = 'ACTIVE'): ListEntry => ({
  code,
  heading,
  status,
  reasons: ['NS'],
  paragraphs: [],
  relatedControls: { text: null, references: [] },
  definitions: [],
  correlations: [],
});

const before = baseListOf([entry('4A005'), entry('5A001'), entry('5A980')], [{ term: 'spyware', text: 'Old.' }, { term: 'malware', text: 'Same.' }]);
const after = baseListOf(
  [entry('4A005'), entry('5A001', 'Amended heading'), entry('5A980', 'Removed', 'RESERVED'), entry('5A990')],
  [{ term: 'spyware', text: 'New.' }, { term: 'malware', text: 'Same.' }, { term: 'stalkerware', text: 'Taken.' }],
);

describe('planning a rebase onto a newer release', () => {
  it('carries over the changes whose base did not move, and names every other one with why', () => {
    const changes: Change[] = [
      { kind: ChangeKind.AMEND_ENTRY, code: '4A005', baseDigest: entryDigest(entry('4A005')), entry: entry('4A005', 'Mine') },
      { kind: ChangeKind.AMEND_ENTRY, code: '5A001', baseDigest: entryDigest(entry('5A001')), entry: entry('5A001', 'Mine') },
      { kind: ChangeKind.REMOVE_ENTRY, code: '5A980', baseDigest: entryDigest(entry('5A980')) },
      { kind: ChangeKind.ADD_ENTRY, entry: entry('5A990') },
      { kind: ChangeKind.ADD_ENTRY, entry: entry('5A991') },
      { kind: ChangeKind.AMEND_DEFINITION, term: 'spyware', definition: { term: 'spyware', text: 'Mine.' } },
      { kind: ChangeKind.AMEND_DEFINITION, term: 'malware', definition: { term: 'malware', text: 'Mine.' } },
      { kind: ChangeKind.REMOVE_DEFINITION, term: 'adware' },
      { kind: ChangeKind.ADD_DEFINITION, definition: { term: 'stalkerware', text: 'Mine.' } },
    ];
    const merges = planRebase(changes, before, after);
    expect(merges).toEqual([
      { changeIndex: 1, code: '5A001', term: null, reason: MergeReason.BASE_CHANGED },
      { changeIndex: 2, code: '5A980', term: null, reason: MergeReason.BASE_REMOVED },
      { changeIndex: 3, code: '5A990', term: null, reason: MergeReason.CODE_TAKEN },
      { changeIndex: 5, code: null, term: 'spyware', reason: MergeReason.TERM_CHANGED },
      { changeIndex: 7, code: null, term: 'adware', reason: MergeReason.TERM_REMOVED },
      { changeIndex: 8, code: null, term: 'stalkerware', reason: MergeReason.TERM_TAKEN },
    ]);
    expect(describeMerge(merges[0], '2026.1')).toEqual({ field: 'changes[1]', message: '5A001 was amended in 2026.1: supply your change again, merged with the new text' });
  });
});
