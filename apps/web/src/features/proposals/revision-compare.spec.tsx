/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { LocaleProvider } from '../../app/i18n/locale-provider';
import { RevisionDiffView } from './revision-compare';
import { diffRevisions, RevisionText, wordSegments } from './revision-diff';

const entry = (heading: string, paragraphs: [string, string][]) => ({
  code: '5A001',
  heading,
  status: 'ACTIVE',
  reasons: ['HR', 'NS'],
  paragraphs: paragraphs.map(([path, text]) => ({ path, kind: 'ITEM', text })),
});

const r1: RevisionText = {
  number: 1,
  title: 'Widen the layers',
  changes: [
    { index: 0, kind: 'AMEND_ENTRY', code: '5A001', entry: entry('Telecommunications', [['5A001.j', 'IP network systems'], ['5A001.j.1', 'Operating at the application layer'], ['5A001.j.2', 'Extracting metadata']]) },
    { index: 1, kind: 'REMOVE_ENTRY', code: '4A005' },
  ],
};
const r2: RevisionText = {
  number: 2,
  title: 'Widen the layers',
  changes: [
    { index: 0, kind: 'AMEND_ENTRY', code: '5A001', entry: entry('Telecommunications', [['5A001.j', 'IP network systems'], ['5A001.j.1', 'Operating at the network or application layer']]) },
    { index: 1, kind: 'ADD_DEFINITION', term: 'metadata', definition: { term: 'metadata', text: 'Data about a communication' } },
  ],
};

describe('comparing two revisions', () => {
  it('diffs word by word', () => {
    expect(wordSegments('at the application layer', 'at the network or application layer')).toEqual([
      { kind: 'EQUAL', text: 'at the ' },
      { kind: 'INSERTED', text: 'network or ' },
      { kind: 'EQUAL', text: 'application layer' },
    ]);
    expect(wordSegments('same', 'same')).toEqual([{ kind: 'EQUAL', text: 'same' }]);
  });

  it('pairs changes by what they touch, and marks paragraphs added, changed and dropped', () => {
    const difference = diffRevisions(r1, r2);
    expect(difference.title.change).toBe('UNCHANGED');
    expect(difference.changes.map((change) => [change.key, change.difference])).toEqual([
      ['AMEND_ENTRY:5A001', 'CHANGED'],
      ['ADD_DEFINITION:metadata', 'ADDED'],
      ['REMOVE_ENTRY:4A005', 'REMOVED'],
    ]);
    const amended = difference.changes[0];
    expect(amended.paragraphs.map((p) => [p.path, p.change])).toEqual([
      ['5A001.j', 'UNCHANGED'],
      ['5A001.j.1', 'CHANGED'],
      ['5A001.j.2', 'REMOVED'],
    ]);
    expect(amended.fields.every((field) => field.change === 'UNCHANGED')).toBe(true);
  });

  it('shows only what differs, with inserted and deleted words marked and spoken', () => {
    const { container } = render(
      <LocaleProvider locale="en">
        <RevisionDiffView from={r1} to={r2} />
      </LocaleProvider>,
    );
    expect(screen.getByText('What changed from r1 to r2')).toBeTruthy();
    const inserted = [...container.querySelectorAll('ins')].map((node) => node.textContent);
    const deleted = [...container.querySelectorAll('del')].map((node) => node.textContent);
    expect(inserted).toContain('[inserted: network or ]');
    expect(inserted).toContain('[inserted: Data about a communication]');
    expect(deleted).toContain('[deleted: Extracting metadata]');
    // The unchanged paragraph 5A001.j is not repeated.
    expect(container.textContent).not.toContain('IP network systems');
    expect(screen.getByRole('heading', { name: 'Amend entry 5A001 — changed' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Add definition metadata — added in r2' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Remove entry 4A005 — dropped in r2' })).toBeTruthy();
  });

  it('says so when two revisions propose the same changes', () => {
    render(
      <LocaleProvider locale="fr">
        <RevisionDiffView from={r1} to={{ ...r1, number: 3 }} />
      </LocaleProvider>,
    );
    expect(screen.getByText('Ces deux révisions proposent les mêmes modifications.')).toBeTruthy();
  });
});
