import { ListDocument, ListEntry, parseList } from '@concord/control-list';

const GROUPS = ['A', 'B', 'C', 'D', 'E'];

/**
 * A list of `size` entries made from a real one, for measuring at a size the shipped CCL does not reach: its entries
 * as they are, then copies of them, in turn, under codes it does not use (paths renamed with them), in code order.
 * The result goes through parseList, so it is a list the importer accepts and nothing the format rejects slipped in.
 * `keepFree` are codes left unused, for entries that proposals will add.
 */
export function syntheticList(source: ListDocument, size: number, keepFree: readonly string[] = []): ListDocument {
  const used = new Set([...source.entries.map((entry) => entry.code), ...keepFree]);
  const free: string[] = [];
  for (let category = 0; category <= 9; category++) {
    for (const group of GROUPS) {
      for (let number = 0; number < 1000; number++) {
        const code = `${category}${group}${String(number).padStart(3, '0')}`;
        if (!used.has(code)) free.push(code);
      }
    }
  }
  const wanted = size - source.entries.length;
  if (wanted > free.length) throw new Error(`A list holds at most ${source.entries.length + free.length} entries here (codes are digit, A–E, three digits)`);
  // Spread over the whole code space rather than filling 0A… first, so every category grows alike.
  const step = wanted > 0 ? free.length / wanted : 0;
  const copies: ListEntry[] = Array.from({ length: Math.max(0, wanted) }, (_, index) => {
    const original = source.entries[index % source.entries.length];
    return renamed(original, free[Math.floor(index * step)]);
  });
  const entries = [...source.entries, ...copies].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const document: ListDocument = { format: source.format, entries, definitions: source.definitions };
  const parsed = parseList(JSON.parse(JSON.stringify(document)));
  if (parsed.document.entries.length !== entries.length) {
    throw new Error(`The synthetic list lost entries in parseList: ${parsed.document.entries.length} of ${entries.length}; ${JSON.stringify(parsed.defects.slice(0, 3))}`);
  }
  return parsed.document;
}

function renamed(entry: ListEntry, code: string): ListEntry {
  const path = (old: string) => code + old.slice(entry.code.length);
  return { ...entry, code, paragraphs: entry.paragraphs.map((paragraph) => ({ ...paragraph, path: path(paragraph.path) })) };
}
