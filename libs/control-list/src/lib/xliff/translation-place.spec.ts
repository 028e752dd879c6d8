import type { ListEntry } from '../list-document';
import { TextKind } from '../translations/text-status';
import { translationPlaces } from './translation-place';
import { translationUnits } from './translation-unit';

const entry: ListEntry = {
  code: '5A001',
  heading: 'Telecommunications',
  status: 'ACTIVE',
  reasons: ['NS'],
  paragraphs: [
    { path: '5A001', kind: 'NOTE', text: 'A note before any item.' },
    { path: '5A001.j.1.a', kind: 'ITEM', text: 'Analysis at the application layer' },
    { path: '5A001.j.1.a', kind: 'NOTE', text: 'First note.' },
    { path: '5A001.j.1.a', kind: 'TECHNICAL_NOTE', text: 'A technical note.' },
    { path: '5A001.j.1.a', kind: 'NOTE', text: 'Second note.' },
    { path: '5A001.j.1.a', kind: 'ITEM', text: 'A second item at the same path.' },
  ],
  relatedControls: { text: null, references: [] },
  definitions: [],
  correlations: [],
};

describe('translation places: from XLIFF unit ids to where the stored translations keep them', () => {
  const units = translationUnits({ entries: [entry], definitions: [{ term: 'intrusion software', text: '“Software” specially designed…' }] });

  it('numbers notes of one path together in the id and each kind apart in storage, items both ways alike', () => {
    expect(Object.fromEntries(translationPlaces(units))).toEqual({
      '5A001:heading': { kind: TextKind.HEADING, path: '5A001', occurrence: 0 },
      '5A001:note-1': { kind: TextKind.NOTE, path: '5A001', occurrence: 0 },
      '5A001.j.1.a': { kind: TextKind.ITEM, path: '5A001.j.1.a', occurrence: 0 },
      '5A001.j.1.a:note-1': { kind: TextKind.NOTE, path: '5A001.j.1.a', occurrence: 0 },
      '5A001.j.1.a:note-2': { kind: TextKind.TECHNICAL_NOTE, path: '5A001.j.1.a', occurrence: 0 },
      '5A001.j.1.a:note-3': { kind: TextKind.NOTE, path: '5A001.j.1.a', occurrence: 1 },
      '5A001.j.1.a:item-2': { kind: TextKind.ITEM, path: '5A001.j.1.a', occurrence: 1 },
      'def:intrusion_20_software': { kind: TextKind.DEFINITION, path: 'intrusion software', occurrence: 0 },
    });
  });

  it('gives every unit a place of its own', () => {
    const places = [...translationPlaces(units).values()].map((place) => `${place.kind} ${place.path} ${place.occurrence}`);
    expect(new Set(places).size).toBe(units.length);
  });
});
