import { textDigest } from '../languages/languages';
import type { ListDefinition, ListEntry, ParagraphKind } from '../list-document';
import { TranslationPart, TranslationState } from './xliff.enums';
import type { ExpectedUnit } from './xliff-import';

/** One text of the list to translate, keyed so that a translation finds its way back (docs/translations-xliff.md). */
export interface TranslationUnit {
  /** An XML NMTOKEN, as XLIFF 2 requires of unit ids: `5A001.j.1.a`, `5A001.j.1.a:note-1`, `5A001:heading`, `def:…`. */
  id: string;
  /** The same key as people write it: `5A001.j.1.a#note-1`, `5A001#heading`, `def:intrusion software`. */
  name: string;
  part: TranslationPart;
  /** The entry code for a heading, the paragraph path for a paragraph, null for a definition. */
  path: string | null;
  /** For a paragraph: ITEM, NOTE, …; null otherwise. */
  paragraphKind: ParagraphKind | null;
  /** The English text. */
  source: string;
  /** `textDigest(source)`, as the stored translations record it: what a re-import compares to know the translator saw the current text. */
  sourceDigest: string;
  target?: string;
  state?: TranslationState;
}


/** Every heading, paragraph and definition of a list, in document order, with English as the source. */
export function translationUnits(list: { entries: ListEntry[]; definitions: ListDefinition[] }): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  const unit = (id: string, name: string, part: TranslationPart, path: string | null, paragraphKind: ParagraphKind | null, source: string) =>
    units.push({ id, name, part, path, paragraphKind, source, sourceDigest: textDigest(source) });
  for (const entry of list.entries) {
    unit(`${entry.code}:heading`, `${entry.code}#heading`, TranslationPart.HEADING, entry.code, null, entry.heading);
    const notesAt = new Map<string, number>();
    const itemsAt = new Map<string, number>();
    for (const paragraph of entry.paragraphs) {
      // An item and its notes share a path; notes are numbered in order under it, and so is a second item at one path
      // (the list rules allow it), so every paragraph has a key of its own.
      const counter = paragraph.kind === 'ITEM' ? itemsAt : notesAt;
      const ordinal = (counter.get(paragraph.path) ?? 0) + 1;
      counter.set(paragraph.path, ordinal);
      const suffix = paragraph.kind === 'ITEM' ? (ordinal === 1 ? '' : `item-${ordinal}`) : `note-${ordinal}`;
      const id = suffix ? `${paragraph.path}:${suffix}` : paragraph.path;
      const name = suffix ? `${paragraph.path}#${suffix}` : paragraph.path;
      unit(id, name, TranslationPart.PARAGRAPH, paragraph.path, paragraph.kind, paragraph.text);
    }
  }
  for (const definition of list.definitions) {
    unit(`def:${nmtokenSafe(definition.term)}`, `def:${definition.term}`, TranslationPart.DEFINITION, null, null, definition.text);
  }
  return units;
}

/** What `parseXliff` checks a returned file against: the list's texts now, by unit id. */
export function expectedUnitsOf(units: readonly TranslationUnit[]): Map<string, ExpectedUnit> {
  return new Map(units.map((unit) => [unit.id, { sourceDigest: unit.sourceDigest, sourceText: unit.source }]));
}

/** Where a unit id points, read back from the id alone. */
export function unitPath(id: string): { part: TranslationPart; path: string | null; term: string | null } {
  if (id.startsWith('def:')) return { part: TranslationPart.DEFINITION, path: null, term: fromNmtokenSafe(id.slice(4)) };
  const [path, suffix] = id.split(':');
  return { part: suffix === 'heading' ? TranslationPart.HEADING : TranslationPart.PARAGRAPH, path, term: null };
}

// A term has spaces and may have any character; an NMTOKEN has neither. `_` opens and closes a code point in hex.
function nmtokenSafe(term: string): string {
  return [...term].map((char) => (/^[A-Za-z0-9.-]$/.test(char) ? char : `_${char.codePointAt(0)!.toString(16).toUpperCase()}_`)).join('');
}

function fromNmtokenSafe(token: string): string {
  return token.replace(/_([0-9A-F]+)_/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}
