/** @jest-environment jsdom */
import { useState } from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { LocaleProvider } from '../../app/i18n/locale-provider';
import type { FieldProblem } from '../../errors/describe-error';
import {
  addParagraph,
  ancestorsOf,
  apiProblems,
  changeInput,
  DraftForm,
  emptyForm,
  EntryDraft,
  fieldId,
  localProblems,
  moveParagraph,
  newChange,
  newKey,
  nextSibling,
  reapply,
  removeParagraph,
} from './change-set';
import { ProblemsProvider } from './field';
import { ParagraphsEditor } from './paragraphs-editor';

const entry = (): EntryDraft => ({
  code: '5A001',
  heading: 'Telecommunications',
  status: 'ACTIVE',
  reasons: ['NS'],
  paragraphs: [
    { key: newKey(), path: '5A001.a', kind: 'ITEM', text: 'Any telecommunications equipment' },
    { key: newKey(), path: '5A001.b', kind: 'ITEM', text: 'Telecommunication systems' },
    { key: newKey(), path: '5A001.b', kind: 'NOTE', text: 'See also 5A002' },
  ],
  relatedControlsText: '',
  references: [],
  terms: '',
  correlations: [],
});

describe('editing a change set', () => {
  it('adds a paragraph after any one, numbering items on and giving notes the path above', () => {
    const start = entry();
    const added = addParagraph(start, 1);
    expect(added.paragraphs.map((p) => [p.path, p.kind])).toEqual([
      ['5A001.a', 'ITEM'],
      ['5A001.b', 'ITEM'],
      ['5A001.c', 'ITEM'],
      ['5A001.b', 'NOTE'],
    ]);
    expect(addParagraph(start, 0, 'NOTE').paragraphs[1]).toMatchObject({ path: '5A001.a', kind: 'NOTE' });
    expect(nextSibling('5A001.j.1')).toBe('5A001.j.2');
    expect(nextSibling('5A001')).toBe('5A001.a');
    expect(start.paragraphs).toHaveLength(3);
  });

  it('removes and reorders paragraphs, each keeping its key, and never moves past the ends', () => {
    const start = entry();
    const keys = start.paragraphs.map((p) => p.key);
    expect(moveParagraph(start, 2, -1).paragraphs.map((p) => p.key)).toEqual([keys[0], keys[2], keys[1]]);
    expect(moveParagraph(start, 0, -1).paragraphs.map((p) => p.key)).toEqual(keys);
    expect(moveParagraph(start, 2, 1).paragraphs.map((p) => p.key)).toEqual(keys);
    expect(removeParagraph(start, 1).paragraphs.map((p) => p.key)).toEqual([keys[0], keys[2]]);
  });

  it('sends each kind of change in the shape the API takes', () => {
    const amend = { ...newChange('AMEND_ENTRY', '5A001'), entry: { ...entry(), terms: 'intrusion software\n  \n' } };
    expect(changeInput(amend)).toEqual({
      kind: 'AMEND_ENTRY',
      code: '5A001',
      entry: expect.objectContaining({ code: '5A001', definitions: ['intrusion software'], relatedControlsText: null, paragraphs: expect.arrayContaining([{ path: '5A001.b', kind: 'NOTE', text: 'See also 5A002' }]) }),
    });
    expect(changeInput({ key: 'r', kind: 'REMOVE_ENTRY', code: ' 4A005 ' })).toEqual({ kind: 'REMOVE_ENTRY', code: '4A005' });
    expect(changeInput({ key: 'x', kind: 'AMEND_DEFINITION', term: 'laser', text: 'A device' })).toEqual({ kind: 'AMEND_DEFINITION', term: 'laser', definition: { term: 'laser', text: 'A device' } });
  });

  it('checks required fields and the shape of a code before asking the API', () => {
    const form: DraftForm = { ...emptyForm([{ key: 'a', kind: 'ADD_ENTRY', entry: { ...entry(), code: '5X001', heading: ' ' } }]), title: 'T' };
    const fields = localProblems(form).map((p) => [p.field, p.messageId]);
    expect(fields).toEqual([
      ['rationale', 'drafting.problem.required'],
      ['justification.humanRightsRisk', 'drafting.problem.required'],
      ['changes[0].entry.code', 'error.reason.INVALID_ENTRY_CODE'],
      ['changes[0].entry.heading', 'error.reason.MISSING_HEADING'],
    ]);
    expect(localProblems(emptyForm()).map((p) => p.field)).toContain('changes');
  });
});

describe('mapping the API’s field problems to fields', () => {
  it('gives each problem Concord’s words for it, and keeps the API’s text when it has none', () => {
    const problems = apiProblems([
      { field: 'changes[0].entry.code', message: '4X005 is not a control-list code such as 4A005' },
      { field: 'changes[1].entry.code', message: '4A005 already exists; amend it instead' },
      { field: 'changes[0].entry.paragraphs[2].path', message: '5A001.x.. is not a paragraph path of 5A001' },
      { field: 'changes[2].code', message: '9A999 is not in the base release' },
      { field: 'changes[0].entry.heading', message: 'at most 20000 characters' },
    ]);
    expect(problems.map((p) => p.messageId)).toEqual(['error.reason.INVALID_ENTRY_CODE', 'error.reason.DUPLICATE_CODE', 'error.reason.INVALID_PARAGRAPH_PATH', 'error.reason.REFERENCE_NOT_FOUND', null]);
    expect(problems[4].text).toBe('at most 20000 characters');
  });

  it('names the DOM place of a field, and its parents for a field the form does not show on its own', () => {
    expect(fieldId('changes[0].entry.paragraphs[2].path')).toBe('field-changes-0-entry-paragraphs-2-path');
    expect(ancestorsOf('changes[0].entry.references[1].code')).toEqual(['changes[0].entry.references[1]', 'changes[0].entry.references', 'changes[0].entry', 'changes[0]', 'changes']);
  });

  it('puts a problem on exactly the paragraph field it names, tied to the control', () => {
    const problems: FieldProblem[] = [{ field: 'changes[0].entry.paragraphs[1].path', message: 'A paragraph number is not valid.' }];
    render(
      <LocaleProvider locale="en">
        <ProblemsProvider problems={problems}>
          <ParagraphsEditor entry={entry()} path="changes[0].entry" onChange={() => undefined} />
        </ProblemsProvider>
      </LocaleProvider>,
    );
    const path2 = screen.getByLabelText('Path of paragraph 2');
    expect(path2.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(path2.getAttribute('aria-describedby')!)?.textContent).toBe('A paragraph number is not valid.');
    expect(screen.getByLabelText('Path of paragraph 1').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText('Text of paragraph 2').getAttribute('aria-invalid')).toBeNull();
  });
});

describe('the paragraphs editor', () => {
  function Harness() {
    const [value, setValue] = useState(entry());
    return (
      <LocaleProvider locale="en">
        <ParagraphsEditor entry={value} path="changes[0].entry" onChange={setValue} />
      </LocaleProvider>
    );
  }

  it('moves a paragraph with its buttons, focus following it, and adds and removes paragraphs', () => {
    render(<Harness />);
    const paths = () => screen.getAllByLabelText(/^Path of paragraph/).map((input) => (input as HTMLInputElement).value);
    fireEvent.click(screen.getByRole('button', { name: 'Move down (paragraph 1)' }));
    expect(paths()).toEqual(['5A001.b', '5A001.a', '5A001.b']);
    expect(document.activeElement?.textContent).toBe('Move down (paragraph 2)');
    expect(screen.getByRole('status').textContent).toBe('Paragraph 5A001.a is now number 2.');
    fireEvent.click(screen.getByRole('button', { name: 'Move up (paragraph 1)' }));
    expect(paths()).toEqual(['5A001.b', '5A001.a', '5A001.b']);

    fireEvent.click(screen.getByRole('button', { name: 'Add a paragraph after (paragraph 2)' }));
    expect(paths()).toEqual(['5A001.b', '5A001.a', '5A001.b', '5A001.b']);
    expect(document.activeElement).toBe(screen.getByLabelText('Path of paragraph 3'));

    const third = within(screen.getByRole('group', { name: 'Paragraph 3 (5A001.b)' }));
    fireEvent.click(third.getByRole('button', { name: /Remove/ }));
    expect(paths()).toEqual(['5A001.b', '5A001.a', '5A001.b']);
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe('3 paragraphs');
  });
});

describe('re-applying edits to a newer revision', () => {
  const base = (): DraftForm => ({
    title: 'Widen 5A001',
    rationale: 'Because',
    justification: { humanRightsRisk: 'Risk', evidenceOfMisuse: '', foreignAvailability: '', controllability: '', clarity: '' },
    changes: [
      { ...newChange('AMEND_ENTRY', '5A001'), entry: entry() } as DraftForm['changes'][number],
      { key: newKey(), kind: 'REMOVE_ENTRY', code: '4A005' },
    ],
  });

  it('keeps what the person edited, takes the rest from the latest revision, and keeps their added and deleted changes', () => {
    const opened = base();
    const mine: DraftForm = {
      ...opened,
      title: 'Widen 5A001.b',
      changes: [
        { ...opened.changes[0], entry: { ...entry(), heading: 'Telecommunications (mine)' } } as DraftForm['changes'][number],
        { key: newKey(), kind: 'ADD_DEFINITION', term: 'carrier', text: 'An operator' },
      ],
    };
    const latest: DraftForm = { ...base(), rationale: 'Because, with evidence', changes: [...base().changes, { key: newKey(), kind: 'REMOVE_ENTRY', code: '5A002' }] };
    const merged = reapply(opened, mine, latest);
    expect(merged.title).toBe('Widen 5A001.b');
    expect(merged.rationale).toBe('Because, with evidence');
    expect(merged.changes.map((c) => changeInput(c).code ?? changeInput(c).definition?.term)).toEqual(['5A001', '5A002', 'carrier']);
    expect(changeInput(merged.changes[0]).entry?.heading).toBe('Telecommunications (mine)');
  });
});
