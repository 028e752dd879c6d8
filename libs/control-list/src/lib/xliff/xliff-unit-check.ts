import type { XliffVersion } from './export-xliff';
import { textDigest } from '../languages/languages';
import { unitPath } from './translation-unit';
import { TranslationState, XliffDefectKind } from './xliff.enums';
import type { ExpectedUnit, ImportedTranslation, XliffDefect } from './xliff-import';

/** A unit as read from the file, before any check. 1.2's trans-unit is read as one segment. */
export interface ReadUnit {
  id: string | undefined;
  line: number;
  segments: { source: string; target: string | undefined; ignorable: boolean; state: string | undefined }[];
  /** Inline elements found in a target, as written (`<pc>`). */
  markup: string[];
  /** The source digest the export wrote into the unit, if the translator's tool kept it. */
  digest: string | null;
}

const STATES_2 = new Map([
  ['initial', TranslationState.INITIAL],
  ['translated', TranslationState.TRANSLATED],
  ['reviewed', TranslationState.REVIEWED],
  ['final', TranslationState.FINAL],
]);
// 1.2 has ten states: new and every needs-… are not yet translated; x-… are a tool's own, read as not translated either.
const STATES_1_2 = new Map([
  ['translated', TranslationState.TRANSLATED],
  ['signed-off', TranslationState.REVIEWED],
  ['final', TranslationState.FINAL],
]);
const STATE_ORDER = [TranslationState.INITIAL, TranslationState.TRANSLATED, TranslationState.REVIEWED, TranslationState.FINAL];

type Checked = { translation: ImportedTranslation } | { defect: XliffDefect };

/** The unit's translation, or the one defect that rejects it. `firstLineOf` remembers the ids seen, for duplicates. */
export function checkUnit(unit: ReadUnit, version: XliffVersion, expectedUnits: ReadonlyMap<string, ExpectedUnit>, firstLineOf: Map<string, number>): Checked {
  if (!unit.id) return reject(XliffDefectKind.MALFORMED_UNIT, `line ${unit.line}`, 'A unit without an id: nothing says which text it translates.');
  const id = unit.id;
  const location = `line ${unit.line} unit ${id}`;
  const defect = (kind: XliffDefectKind, message: string) => reject(kind, location, message);
  const first = firstLineOf.get(id);
  if (first !== undefined) return defect(XliffDefectKind.DUPLICATE_UNIT, `Unit ${id} appears a second time; only the first, on line ${first}, is read.`);
  firstLineOf.set(id, unit.line);
  const segments = unit.segments.filter((segment) => !segment.ignorable);
  if (!segments.length) return defect(XliffDefectKind.MALFORMED_UNIT, 'The unit has no segment, so no source and no target.');
  const state = stateOf(segments, version);
  if ('problem' in state) return defect(XliffDefectKind.MALFORMED_UNIT, state.problem);

  const expected = expectedUnits.get(id);
  if (!expected) {
    return defect(XliffDefectKind.UNKNOWN_UNIT, `No heading, paragraph or definition of the list has the id ${id}: the file may come from another list, or the id was edited.`);
  }
  const untranslated = segments.findIndex((segment) => segment.target === undefined);
  if (untranslated >= 0) {
    const which = segments.length > 1 ? `Segment ${untranslated + 1} of ${segments.length} has` : 'The unit has';
    return defect(XliffDefectKind.EMPTY_TARGET, `${which} no target: it is not translated.`);
  }
  const target = unit.segments.map((segment) => segment.target ?? segment.source).join('');
  if (!target.trim()) return defect(XliffDefectKind.EMPTY_TARGET, 'The target is empty.');
  if (unit.markup.length) {
    return defect(
      XliffDefectKind.UNSUPPORTED_MARKUP,
      `The target holds inline markup (${[...new Set(unit.markup)].join(', ')}) that a text of the list cannot keep: give the text alone.`,
    );
  }
  // A tool that dropped the digest still kept the source it showed the translator.
  const digest = unit.digest?.trim();
  const source = unit.segments.map((segment) => segment.source).join('');
  if (digest ? digest !== expected.sourceDigest : source !== expected.sourceText) {
    const translated = digest || textDigest(source);
    return defect(
      XliffDefectKind.STALE_SOURCE,
      `The English text changed since this file was exported (source digest ${translated.slice(0, 12)}… in the file, ${expected.sourceDigest.slice(0, 12)}… now): translate the current text again.`,
    );
  }
  const { part, path, term } = unitPath(id);
  return { translation: { id, part, path, term, target, sourceDigest: expected.sourceDigest, state: state.state } };
}

function reject(kind: XliffDefectKind, location: string, message: string): Checked {
  return { defect: { kind, location, message, rejected: 'UNIT' } };
}

/** The least advanced state of the unit's segments, or a message naming a state XLIFF does not have. */
function stateOf(segments: ReadUnit['segments'], version: XliffVersion): { state: TranslationState } | { problem: string } {
  const states: TranslationState[] = [];
  for (const { state } of segments) {
    if (version === '1.2') {
      // A target without a state is a translation all the same; 1.2 has no default.
      states.push(state === undefined ? TranslationState.TRANSLATED : (STATES_1_2.get(state) ?? TranslationState.INITIAL));
    } else if (state === undefined) {
      states.push(TranslationState.INITIAL);
    } else if (STATES_2.has(state)) {
      states.push(STATES_2.get(state)!);
    } else {
      return { problem: `The segment state "${state}" is not one of XLIFF 2's: initial, translated, reviewed, final.` };
    }
  }
  return { state: STATE_ORDER[Math.min(...states.map((state) => STATE_ORDER.indexOf(state)))] };
}
