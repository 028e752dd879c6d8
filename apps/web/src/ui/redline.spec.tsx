/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { LocaleProvider } from '../app/i18n/locale-provider';
import { Redline, Segments } from './redline';

describe('the redline', () => {
  it('marks inserted and deleted words so that they are seen and heard', () => {
    const { container } = render(
      <LocaleProvider locale="en">
        <p data-testid="line">
          <Segments segments={[{ kind: 'EQUAL', text: 'Systems for ' }, { kind: 'DELETED', text: 'voice' }, { kind: 'INSERTED', text: 'facial' }, { kind: 'EQUAL', text: ' recognition' }]} />
        </p>
      </LocaleProvider>,
    );
    expect(container.querySelector('del')?.textContent).toBe('[deleted: voice]');
    expect(container.querySelector('ins')?.textContent).toBe('[inserted: facial]');
    expect(screen.getByTestId('line').textContent).toBe('Systems for [deleted: voice][inserted: facial] recognition');
    expect(container.querySelectorAll('.visually-hidden')).toHaveLength(4);
  });

  it('speaks the marks in the reader’s language', () => {
    const { container } = render(
      <LocaleProvider locale="fr">
        <Segments segments={[{ kind: 'INSERTED', text: 'logiciel' }]} />
      </LocaleProvider>,
    );
    expect(container.querySelector('ins')?.textContent).toBe('[ajouté : logiciel]');
  });

  it('indents notes under their paragraph and sub-items under their item, offering an action per paragraph', () => {
    const { container } = render(
      <LocaleProvider locale="en">
        <Redline
          fields={[
            { field: 'heading', change: 'CHANGED', segments: [{ kind: 'INSERTED', text: 'New' }] },
            { field: 'status', change: 'UNCHANGED', segments: [{ kind: 'EQUAL', text: 'ACTIVE' }] },
          ]}
          paragraphs={[
            { path: 'a', kind: 'ITEM', change: 'UNCHANGED', segments: [{ kind: 'EQUAL', text: 'Cameras' }] },
            { path: 'a.1', kind: 'ITEM', change: 'ADDED', segments: [{ kind: 'INSERTED', text: 'Thermal' }] },
            { path: 'a', kind: 'NOTE', change: 'REMOVED', segments: [{ kind: 'DELETED', text: 'See 6A003' }] },
          ]}
          paragraphAction={(paragraph) => <button type="button">Comment on {paragraph.path}</button>}
        />
      </LocaleProvider>,
    );
    const items = [...container.querySelectorAll('li')].map((li) => li.className);
    expect(items).toEqual([
      'paragraph paragraph-item depth-0 change-unchanged',
      'paragraph paragraph-item depth-1 change-added',
      'paragraph paragraph-note depth-1 change-removed',
    ]);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Comment on a', 'Comment on a.1', 'Comment on a']);
    expect(container.querySelectorAll('dt')).toHaveLength(1);
  });
});
