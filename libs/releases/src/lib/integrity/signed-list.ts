import { leafHash } from '../documents/merkle-tree';
import { arrayElements, memberSpan, parseSpan } from '../documents/canonical-document-scan';
import type { StoredList } from './stored-list';

/** What a release's signed document says of its list: its leaves, entry codes and terms in order, its Merkle root. */
export interface SignedList {
  leaves: Buffer[];
  codes: string[];
  terms: string[];
  /** Undefined for a document sealed before it carried a Merkle root. */
  root?: string;
}

/**
 * Read from the document's bytes where each value lies, never parsed whole: a leaf is the slice of the document that
 * holds its entry or definition (canonical JSON writes every value in its own canonical form). Parsed, a 20,000-entry
 * document was several hundred MB of objects for a moment (issue 16). Bytes that are not such a document throw a
 * SyntaxError.
 */
export function signedListOf(bytes: Buffer): SignedList {
  const required = (start: number, key: string) => {
    const span = memberSpan(bytes, start, key);
    if (!span) throw new SyntaxError(`The document has no "${key}"`);
    return span;
  };
  const list = required(0, 'list');
  const entries = arrayElements(bytes, required(list.start, 'entries').start);
  const definitions = arrayElements(bytes, required(list.start, 'definitions').start);
  const merkle = memberSpan(bytes, 0, 'merkle');
  return {
    leaves: [...entries, ...definitions].map((span) => leafHash(bytes.subarray(span.start, span.end))),
    codes: entries.map((span) => parseSpan(bytes, required(span.start, 'code')) as string),
    terms: definitions.map((span) => parseSpan(bytes, required(span.start, 'term')) as string),
    root: merkle ? (parseSpan(bytes, required(merkle.start, 'root')) as string) : undefined,
  };
}

/** The first way the stored rows differ from the signed list, said for the log and the refusal; null when they are the same. */
export function firstDifference(stored: StoredList, signed: SignedList): string | null {
  const signedEntries = signed.codes.length;
  if (stored.codes.length !== signedEntries) return `it stores ${stored.codes.length} entries where the signed document has ${signedEntries}`;
  if (stored.terms.length !== signed.terms.length) return `it stores ${stored.terms.length} definitions where the signed document has ${signed.terms.length}`;
  const storedLeaf = new Map(stored.codes.map((code, index) => [code, stored.leaves[index]]));
  for (const [index, code] of signed.codes.entries()) {
    const leaf = storedLeaf.get(code);
    if (!leaf) return `it stores no entry ${code}, which the signed document has`;
    if (!leaf.equals(signed.leaves[index])) return `its stored entry ${code} differs from entry ${code} of the signed document`;
  }
  const definition = signed.terms.findIndex((_, index) => !stored.leaves[signedEntries + index].equals(signed.leaves[signedEntries + index]));
  if (definition >= 0) return `its stored definition "${stored.terms[definition]}" differs from the signed document's`;
  if (stored.codes.some((code, index) => code !== signed.codes[index])) return 'its stored entries are not in the signed document\'s order';
  return null;
}
