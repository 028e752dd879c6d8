import { parseRelativePath } from '../codes';
import type { ListParagraph, ParagraphKind } from '../list-document';
import type { DefectLog } from './defect-log';
import { isRecord, show } from './json-shape';
import { hasNotePrefix, noteKindOf } from './note-kind';
import { comesAfter, isNaturalNext } from './paragraph-order';

type NoteKind = Exclude<ParagraphKind, 'ITEM'>;

/** Notes since the last real item; `enumeration` is the last label of items that turned out to be the note's list. */
interface NoteRun {
  kind: NoteKind;
  headerKind?: NoteKind;
  enumeration?: string[];
}

// "b.1 Being underwater …", "b.2.a.. Automatically …": an item whose label the upstream parser left in the text.
const LABEL_IN_TEXT = /^([a-z]{1,2}(?:\.[a-z0-9]+)*)\.*\s+(\S[\s\S]*)$/;
const NOTE_LIKE_LABEL = /^(note|technical|n\.?\s?b)/i;

/**
 * The paragraphs of one eCFR CCL entry from its `items[]` rows. Items become ITEMs with full paths; `note` and
 * `text` rows become notes carrying the path of the item above them. Every row is either written or reported.
 */
export function readEcfrParagraphs(
  code: string,
  rows: readonly unknown[],
  entryLocation: string,
  log: DefectLog,
): ListParagraph[] {
  const paragraphs: ListParagraph[] = [];
  const realListStart = restartOfRealList(rows);
  const itemPaths = new Set<string>();
  const missingParents = new Set<string>();
  let lastItem: string[] | undefined;
  let run: NoteRun | undefined;

  const pathOf = (segments: readonly string[] | undefined): string =>
    segments ? `${code}.${segments.join('.')}` : code;

  const writeItem = (segments: string[], text: string, location: string): void => {
    const parent = segments.slice(0, -1);
    const parentPath = pathOf(parent);
    if (parent.length > 0 && !itemPaths.has(parentPath) && !missingParents.has(parentPath)) {
      missingParents.add(parentPath);
      log.add('INVALID_VALUE', location, `parent paragraph ${parentPath} is missing from the source; its items kept`, 'NONE');
    }
    const path = pathOf(segments);
    paragraphs.push({ path, kind: 'ITEM', text });
    itemPaths.add(path);
    lastItem = segments;
    run = undefined;
  };

  const writeNote = (kind: NoteKind, text: string): void => {
    paragraphs.push({ path: pathOf(lastItem), kind, text });
  };

  const writeSplitNote = (kind: NoteKind, text: string, location: string, why: string): void => {
    log.add('SPLIT_NOTE', location, `${why}; kept as ${kind} of ${pathOf(lastItem)}`, 'NONE');
    writeNote(kind, text);
  };

  const readItem = (label: unknown, depth: unknown, text: string, location: string, index: number): void => {
    if (index < realListStart) {
      const kind = run?.kind ?? 'NOTE';
      const prefixed = typeof label === 'string' ? `${label}. ${text}` : text;
      writeSplitNote(kind, prefixed, location, `item before the entry's real list (which restarts at item ${realListStart}); text prefixed with its label`);
      run ??= { kind };
      return;
    }
    if (hasNotePrefix(text)) {
      const { kind } = noteKindOf(text);
      writeSplitNote(kind, text, location, 'an item whose text is a note');
      run = { kind };
      return;
    }
    if (typeof label !== 'string' || label.trim() === '') {
      if (run) return writeSplitNote(run.kind, text, location, 'an unlabelled item inside a note');
      log.add('MALFORMED_PATH', location, 'item has no paragraph label and cannot be placed; not written', 'PARAGRAPH');
      return;
    }
    const segments = parseRelativePath(label);
    if (!segments) {
      if (NOTE_LIKE_LABEL.test(label)) {
        const { kind } = noteKindOf(text);
        run = { kind };
        return writeSplitNote(kind, text, location, `item labelled "${label}" is a note`);
      }
      log.add('MALFORMED_PATH', location, `label "${label}" does not alternate letters and numbers; not written`, 'PARAGRAPH');
      return;
    }
    if (typeof depth === 'number' && depth !== segments.length) {
      log.add('MALFORMED_PATH', location, `depth ${depth} disagrees with label "${label}"; not written`, 'PARAGRAPH');
      return;
    }
    const after = comesAfter(segments, lastItem);
    // A note's list in progress wins over a real item that would also fit (`a`, `b` of a note after `a.5`).
    if (run?.enumeration && isNaturalNext(segments, run.enumeration)) return writeEnumerated(segments, text, location);
    if (after && isNaturalNext(segments, lastItem)) return writeItem(segments, text, location);
    if (after) return writeItem(segments, text, location);
    if (run) return writeEnumerated(segments, text, location);
    const where = itemPaths.has(pathOf(segments)) ? 'repeats an earlier item' : `comes after ${pathOf(lastItem)}`;
    log.add('MALFORMED_PATH', location, `${pathOf(segments)} ${where} and is not inside a note; not written`, 'PARAGRAPH');
  };

  // The items of a note's own list ("… does not control: a. …; b. …") arrive as fake top-level items.
  const writeEnumerated = (segments: string[], text: string, location: string): void => {
    const activeRun = run as NoteRun;
    const label = segments.join('.');
    log.add(
      'SPLIT_NOTE',
      location,
      `item "${label}" belongs to the note above it (it does not follow ${pathOf(lastItem)}); kept as ${activeRun.kind} of ${pathOf(lastItem)}, text prefixed with "${label}."`,
      'NONE',
    );
    writeNote(activeRun.kind, `${label}. ${text}`);
    activeRun.enumeration = segments;
  };

  const readText = (text: string, location: string): void => {
    const embedded = LABEL_IN_TEXT.exec(text);
    const segments = embedded ? parseRelativePath(embedded[1].replace(/\.+$/, '')) : undefined;
    const parentKnown = segments && (segments.length === 1 || itemPaths.has(pathOf(segments.slice(0, -1))));
    if (embedded && segments && parentKnown && comesAfter(segments, lastItem) && isNaturalNext(segments, lastItem)) {
      log.add(
        'MALFORMED_PATH',
        location,
        `label "${embedded[1]}" was left inside the text of an unlabelled row; kept as ITEM ${pathOf(segments)}`,
        'NONE',
      );
      return writeItem(segments, embedded[2], location);
    }
    const { kind, labelled } = noteKindOf(text);
    const headerOnly = labelled && /:\s*$/.test(text) && text.trim().split(/\s+/).length <= 3;
    writeNote(kind, text);
    run = { kind, headerKind: headerOnly ? kind : undefined };
  };

  const readNumberedNote = (text: string): void => {
    const header = run?.headerKind;
    const kind = header === 'TECHNICAL_NOTE' || header === 'NB' ? header : noteKindOf(text).kind;
    writeNote(kind, text);
    if (run) run.enumeration = undefined;
    else run = { kind };
  };

  rows.forEach((row, index) => {
    const label = isRecord(row) && typeof row.paragraph === 'string' ? ` (".${row.paragraph}")` : '';
    const location = `${entryLocation} item ${index}${label}`;
    if (!isRecord(row)) {
      log.add('INVALID_VALUE', location, `row is not an object: ${show(row)}; not written`, 'PARAGRAPH');
      return;
    }
    if (typeof row.text !== 'string' || row.text.trim() === '') {
      log.add('MISSING_FIELD', location, 'row has no text; not written', 'PARAGRAPH');
      return;
    }
    switch (row.kind) {
      case 'item':
        return readItem(row.paragraph, row.depth, row.text, location, index);
      case 'text':
        return readText(row.text, location);
      case 'note':
        return readNumberedNote(row.text);
      default:
        log.add('INVALID_VALUE', location, `row kind ${show(row.kind)} is not item, note or text; not written`, 'PARAGRAPH');
    }
  });
  return paragraphs;
}

/**
 * Where an entry's real list starts when the source restarts its enumeration at `a` straight after another item
 * (1A008, 4A003: a heading note's `a.`, `b.` … arrive as items, then the real `a.` follows). -1 when it does not.
 */
function restartOfRealList(rows: readonly unknown[]): number {
  let restart = -1;
  let previous: string[] | undefined;
  let previousWasItem = false;
  rows.forEach((row, index) => {
    const isItem = isRecord(row) && row.kind === 'item';
    const segments = isItem && typeof row.paragraph === 'string' ? parseRelativePath(row.paragraph) : undefined;
    if (segments && previousWasItem && previous && segments[0] === 'a' && !comesAfter(segments, previous)) restart = index;
    if (segments) previous = segments;
    previousWasItem = isItem;
  });
  return restart;
}
