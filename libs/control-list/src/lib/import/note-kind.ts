import type { ParagraphKind } from '../list-document';

type NoteKind = Exclude<ParagraphKind, 'ITEM'>;

// "Note:", "Note 2 :", "Notes:", "Technical Notes:", "N.B. 1:", "N.B. to paragraph y.1:", "Note to Mixtures:".
const NOTE_PREFIX = /^(technical\s+notes?|notes?|n\.\s?b\.?)(\s+\d+|\s+to\s+[^:]{1,40})?\s*:/i;
const DECONTROL = /\b(does|do) not (control|apply|include)\b|\bnot controlled by\b|\bis not controlled\b|\bare not controlled\b/i;
const TECHNICAL = /^(for (the )?purposes? of|as used in)\b|\bis defined as\b/i;
const CROSS_REFERENCE = /^(see\b|for\b[^.]*\bsee\b)/i;

/** Whether a text opens with a note label, i.e. it is a note even where the source calls it an item. */
export function hasNotePrefix(text: string): boolean {
  return NOTE_PREFIX.test(text.trim());
}

/**
 * The kind of a note row. An explicit label decides (Technical Note, N.B., Note — a Note that releases items is a
 * DECONTROL_NOTE); the eCFR-derived data mostly lost those labels, so otherwise the wording decides: definitions of
 * terms are technical notes, "does not control/apply" releases, "See …" cross-references are N.B.s.
 */
export function noteKindOf(text: string): { kind: NoteKind; labelled: boolean } {
  const trimmed = text.trim();
  const prefix = NOTE_PREFIX.exec(trimmed);
  if (prefix) {
    const label = prefix[1].toLowerCase();
    const body = trimmed.slice(prefix[0].length);
    if (label.startsWith('technical')) return { kind: 'TECHNICAL_NOTE', labelled: true };
    if (!label.startsWith('note')) return { kind: 'NB', labelled: true };
    return { kind: noteOrDecontrol(body), labelled: true };
  }
  if (TECHNICAL.test(trimmed)) return { kind: 'TECHNICAL_NOTE', labelled: false };
  if (DECONTROL.test(trimmed)) return { kind: 'DECONTROL_NOTE', labelled: false };
  if (CROSS_REFERENCE.test(trimmed)) return { kind: 'NB', labelled: false };
  return { kind: 'NOTE', labelled: false };
}

function noteOrDecontrol(body: string): NoteKind {
  return DECONTROL.test(body) ? 'DECONTROL_NOTE' : 'NOTE';
}
