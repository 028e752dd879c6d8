/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { LocaleProvider } from '../../app/i18n/locale-provider';
import { classifyQuery, entryFilterOf, listParamsFrom, quotedTerms, splitQuotedTerms, termAnchor } from './legal-text';
import { LegalText, LinkedText } from './legal-text-view';

describe('quoted defined terms', () => {
  it('splits text around the terms it knows, keeping the quotes and the punctuation inside them as plain text', () => {
    const known = new Set(['components', 'accessories', 'specially designed']);
    const parts = splitQuotedTerms('“Specially designed” “components” and “accessories,” as follows; “lasers”', (term) => known.has(term));
    expect(parts).toEqual([
      { kind: 'text', text: '“' },
      { kind: 'term', text: 'Specially designed', term: 'specially designed' },
      { kind: 'text', text: '” “' },
      { kind: 'term', text: 'components', term: 'components' },
      { kind: 'text', text: '” and “' },
      { kind: 'term', text: 'accessories', term: 'accessories' },
      { kind: 'text', text: ',” as follows; “lasers”' },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('“Specially designed” “components” and “accessories,” as follows; “lasers”');
    expect(quotedTerms(['“MMIC” and "spread spectrum".', '“Specially designed”'])).toEqual(['MMIC', 'spread spectrum', 'specially designed']);
  });

  it('links each known term to its anchor in the page', () => {
    const { container } = render(
      <LocaleProvider locale="en">
        <p>
          <LinkedText text="Using “lasers” in a “local area network”;" isTerm={(term) => term === 'local area network'} />
        </p>
      </LocaleProvider>,
    );
    const link = screen.getByRole('link', { name: 'local area network' });
    expect(link.getAttribute('href')).toBe(`#${termAnchor('local area network')}`);
    expect(termAnchor('Local area network')).toBe('definition-local-area-network');
    expect(container.textContent).toBe('Using “lasers” in a “local area network”;');
  });
});

describe('the legal text', () => {
  it('orders by position, numbers items, indents notes one level under their paragraph and labels them', () => {
    const { container } = render(
      <LocaleProvider locale="en">
        <LegalText
          isTerm={() => false}
          paragraphs={[
            { position: 2, path: '5A001.a.4', kind: 'NOTE', text: 'Applies only to electronic equipment.' },
            { position: 0, path: '5A001.a', kind: 'ITEM', text: 'Any telecommunications equipment:' },
            { position: 1, path: '5A001.a.4', kind: 'ITEM', text: 'Designed to operate above 397 K;' },
            { position: 3, path: '5A001.a.4', kind: 'TECHNICAL_NOTE', text: 'K is kelvin.' },
          ]}
        />
      </LocaleProvider>,
    );
    const items = [...container.querySelectorAll('li')];
    expect(items.map((li) => li.className)).toEqual([
      'paragraph paragraph-item depth-1',
      'paragraph paragraph-item depth-2',
      'paragraph paragraph-note depth-3',
      'paragraph paragraph-technical-note depth-3',
    ]);
    expect(items.map((li) => li.textContent)).toEqual([
      'a. Any telecommunications equipment:',
      'a.4. Designed to operate above 397 K;',
      'Note to a.4: Applies only to electronic equipment.',
      'Technical note to a.4: K is kelvin.',
    ]);
  });
});

describe('the one search box', () => {
  it('looks up codes when the query looks like a code or its start, else searches words', () => {
    expect(classifyQuery('5a001')).toEqual({ codePrefix: '5A001' });
    expect(classifyQuery(' 5A0 ')).toEqual({ codePrefix: '5A0' });
    expect(classifyQuery('5')).toEqual({ codePrefix: '5' });
    expect(classifyQuery('5A001.b.3')).toEqual({ codePrefix: '5A001' });
    expect(classifyQuery('intrusion software')).toEqual({ search: 'intrusion software' });
    expect(classifyQuery('5A0012')).toEqual({ search: '5A0012' });
    expect(classifyQuery('  ')).toBeNull();
  });

  it('reads the filters from the address and ignores what is not valid there', () => {
    const values = listParamsFrom(new URLSearchParams('release=2026.0&category=5&group=a&q=voice'));
    expect(values).toEqual({ release: '2026.0', category: '5', group: 'A', reason: '', q: 'voice' });
    expect(entryFilterOf(values)).toEqual({ category: '5', productGroup: 'A', search: 'voice' });
    expect(entryFilterOf(listParamsFrom(new URLSearchParams('category=x&group=Z')))).toEqual({});
  });
});
