import type { ListEntry } from '../list-document';
import { textDigest } from '../languages/languages';
import { translationUnits, unitPath } from './translation-unit';
import { TranslationPart } from './xliff.enums';

const entry: ListEntry = {
  code: '5A001',
  heading: 'Telecommunications',
  status: 'ACTIVE',
  reasons: ['NS'],
  paragraphs: [
    { path: '5A001', kind: 'NOTE', text: 'A note before any item.' },
    { path: '5A001.j.1.a', kind: 'ITEM', text: 'Analysis at the application layer' },
    { path: '5A001.j.1.a', kind: 'NOTE', text: 'First note.' },
    { path: '5A001.j.1.a', kind: 'DECONTROL_NOTE', text: 'Does not control.' },
    { path: '5A001.j.1.a', kind: 'ITEM', text: 'A second item at the same path.' },
  ],
  relatedControls: { text: null, references: [] },
  definitions: [],
  correlations: [],
};
// XML 1.0's NMTOKEN, narrowed to ASCII: what XLIFF 2 requires of a unit id.
const NMTOKEN = /^[A-Za-z0-9._:-]+$/;

describe('translation units of a list', () => {
  const units = translationUnits({ entries: [entry], definitions: [{ term: 'intrusion software', text: '“Software” specially designed…' }] });

  it('keys each heading, paragraph and definition by where it is, notes numbered under their path', () => {
    expect(units.map(({ id, name, part, path, paragraphKind }) => ({ id, name, part, path, paragraphKind }))).toEqual([
      { id: '5A001:heading', name: '5A001#heading', part: TranslationPart.HEADING, path: '5A001', paragraphKind: null },
      { id: '5A001:note-1', name: '5A001#note-1', part: TranslationPart.PARAGRAPH, path: '5A001', paragraphKind: 'NOTE' },
      { id: '5A001.j.1.a', name: '5A001.j.1.a', part: TranslationPart.PARAGRAPH, path: '5A001.j.1.a', paragraphKind: 'ITEM' },
      { id: '5A001.j.1.a:note-1', name: '5A001.j.1.a#note-1', part: TranslationPart.PARAGRAPH, path: '5A001.j.1.a', paragraphKind: 'NOTE' },
      { id: '5A001.j.1.a:note-2', name: '5A001.j.1.a#note-2', part: TranslationPart.PARAGRAPH, path: '5A001.j.1.a', paragraphKind: 'DECONTROL_NOTE' },
      { id: '5A001.j.1.a:item-2', name: '5A001.j.1.a#item-2', part: TranslationPart.PARAGRAPH, path: '5A001.j.1.a', paragraphKind: 'ITEM' },
      { id: 'def:intrusion_20_software', name: 'def:intrusion software', part: TranslationPart.DEFINITION, path: null, paragraphKind: null },
    ]);
    expect(units.every((unit) => NMTOKEN.test(unit.id))).toBe(true);
  });

  it('carries the SHA-256 of the English text, as hex', () => {
    expect(units[2].sourceDigest).toBe(textDigest('Analysis at the application layer'));
    expect(textDigest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('reads the path, or the term, back from an id alone', () => {
    expect(unitPath('5A001.j.1.a:note-2')).toEqual({ part: TranslationPart.PARAGRAPH, path: '5A001.j.1.a', term: null });
    expect(unitPath('5A001:heading')).toEqual({ part: TranslationPart.HEADING, path: '5A001', term: null });
    const term = 'n°_1 “Ünïcode” 情報 😀';
    const [definition] = translationUnits({ entries: [], definitions: [{ term, text: 'x' }] });
    expect(NMTOKEN.test(definition.id)).toBe(true);
    expect(unitPath(definition.id)).toEqual({ part: TranslationPart.DEFINITION, path: null, term });
  });
});
