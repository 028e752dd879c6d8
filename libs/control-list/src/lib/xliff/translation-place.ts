import { TextKind } from '../translations/text-status';
import type { TranslationUnit } from './translation-unit';
import { TranslationPart } from './xliff.enums';

/** Where the stored translations keep a unit's text (ListTranslationEntity): kind, path, occurrence. */
export interface TranslationPlace {
  kind: TextKind;
  /** A paragraph's path, the entry code for a HEADING, the term for a DEFINITION. */
  path: string;
  occurrence: number;
}

/**
 * The storage place of every unit of a list, by unit id. The ids number all notes under a path together (`note-2` may
 * be the first TECHNICAL_NOTE); storage numbers the paragraphs of each kind apart, from 0, as the texts' SQL does. So
 * the place is counted from the units in document order, never read from the id alone.
 */
export function translationPlaces(units: readonly TranslationUnit[]): Map<string, TranslationPlace> {
  const places = new Map<string, TranslationPlace>();
  const seen = new Map<string, number>();
  for (const unit of units) {
    if (unit.part === TranslationPart.HEADING) places.set(unit.id, { kind: TextKind.HEADING, path: unit.path!, occurrence: 0 });
    else if (unit.part === TranslationPart.DEFINITION) places.set(unit.id, { kind: TextKind.DEFINITION, path: unit.name.slice('def:'.length), occurrence: 0 });
    else {
      const kind = unit.paragraphKind as unknown as TextKind;
      const key = `${kind} ${unit.path}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      places.set(unit.id, { kind, path: unit.path!, occurrence });
    }
  }
  return places;
}
