/**
 * The eCFR page markdown of one ECCN (the mid-2025 CCL file's `details`) turned into what the 2026 file holds for
 * the same text: plain sentences with curly quotes, and its List of Items Controlled as `items[]` rows (`item` with a
 * label and depth, `text` for a note, `note` for a numbered technical note), so both files go through one
 * paragraph reader and the same text gives the same paragraphs.
 */

export interface MarkdownRow {
  paragraph: string | null;
  kind: 'item' | 'text' | 'note';
  depth: number;
  text: string;
}

export interface EccnSections {
  reasons: string | null;
  relatedControls: string | null;
  rows: MarkdownRow[];
}

const ITEMS_HEADING = /^List of Items Controlled\s*$/m;
const REASON = /^\*?Reasons? for Control:\*?\s*(.+)$/m;
const FIELD = /^\*(Related Controls?|Related Definitions?|Items):\*\s*([\s\S]*)$/;
// "*Note:*", "*Technical Notes:*", "*N.B. 1:*", "*N.B.*:", "N.B.:", "*Note to paragraph b:*": a note's label, alone or before its text.
const NOTE_LABEL = /^\**\s*(technical\s+notes?|notes?|n\.\s?b\.?)(\s+\d+|\s+to\s+[^:]{1,40})?\**\s*:\s*\**\s*(.*)$/i;
// "a.", "b.1", "b.2.a..", "j.1.a.": the label of an item, then its text.
const ITEM_LINE = /^([a-z]{1,2}(?:\.[a-z0-9]+)*)\.*\s+(\S[\s\S]*)$/;
const NUMBERED = /^(\d+)\.\s+(\S[\s\S]*)$/;
// "a. through y. [Reserved]" keeps its range in the label's text, as the 2026 file does.
const RANGE_LINE = /^([a-z]{1,2})\.\s+(through\s+[a-z]{1,2}\.\s+\[Reserved\]\.?)$/i;

/** The reasons, related controls and item rows of one `details` text. */
export function readEccnMarkdown(details: string): EccnSections {
  const reasons = REASON.exec(details)?.[1] ?? null;
  // A few pages lost the heading; their list then starts at its first field.
  const headingAt = details.search(ITEMS_HEADING);
  const itemsAt = headingAt >= 0 ? headingAt : details.search(/^\*(Related Controls?|Items):\*/m);
  if (itemsAt < 0) return { reasons: reasons === null ? null : plainText(reasons), relatedControls: null, rows: [] };
  const blocks = details
    .slice(itemsAt)
    .replace(ITEMS_HEADING, '')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);

  let relatedControls: string | null = null;
  const rows: MarkdownRow[] = [];
  let inNote = false;
  let numberedNote = false;
  for (const block of blocks) {
    const [firstLine, ...rest] = block.split('\n');
    const field = FIELD.exec(block);
    if (field) {
      if (/^Related Controls?$/.test(field[1])) relatedControls = plainTextOrNull(field[2]);
      // "*Items:* a. Seals, …" starts the list on the field's own line.
      else if (field[1] === 'Items' && plainText(field[2]) !== '') rows.push(itemRow(plainText(field[2])));
      continue;
    }
    const label = NOTE_LABEL.exec(firstLine);
    if (label) {
      inNote = true;
      numberedNote = /notes$/i.test(label[1].trim()) || /^technical/i.test(label[1]);
      const body = plainText([label[3], ...rest].join('\n'));
      if (body !== '') rows.push(noteRow(body, numberedNote));
      continue;
    }
    const text = plainText(block);
    const emphasised = /^\*[^*]/.test(block);
    // Inside a note the markdown keeps the note in italics; a plain line ends it.
    if (inNote && emphasised) {
      rows.push(noteRow(text, numberedNote));
      continue;
    }
    inNote = false;
    rows.push(itemRow(text));
  }
  return { reasons: reasons === null ? null : plainText(reasons), relatedControls, rows };
}

function noteRow(text: string, numbered: boolean): MarkdownRow {
  const number = NUMBERED.exec(text);
  if (number && numbered) return { paragraph: number[1], kind: 'note', depth: 1, text: number[2] };
  const item = ITEM_LINE.exec(text);
  // A note's own list ("does not control: a. …; b. …") is written as top-level items, as in the 2026 file.
  if (item && !item[1].includes('.')) return { paragraph: item[1], kind: 'item', depth: 1, text: item[2] };
  return { paragraph: null, kind: 'text', depth: 0, text };
}

function itemRow(text: string): MarkdownRow {
  const range = RANGE_LINE.exec(text);
  if (range) return { paragraph: range[1], kind: 'item', depth: 1, text: range[2] };
  const item = ITEM_LINE.exec(text);
  if (!item) return { paragraph: null, kind: 'text', depth: 0, text };
  const label = item[1].replace(/\.+$/, '');
  return { paragraph: label, kind: 'item', depth: label.split('.').length, text: item[2] };
}

function plainTextOrNull(markdown: string): string | null {
  const text = plainText(markdown);
  return text === '' || /^N\/A\.?$/i.test(text) ? null : text;
}

/** Markdown emphasis, links and breaks removed, straight double quotes made curly as the eCFR prints them. */
export function plainText(markdown: string): string {
  const text = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return curlyQuotes(text);
}

function curlyQuotes(text: string): string {
  return text.replace(/"/g, (_quote, offset: number) => (offset === 0 || /[\s(\[—–-]/.test(text[offset - 1]) ? '“' : '”'));
}
