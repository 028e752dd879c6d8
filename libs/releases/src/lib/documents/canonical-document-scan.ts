/**
 * Finds where values lie in the bytes of an RFC 8785 (canonical) JSON document without parsing it into objects.
 * Canonical JSON has no whitespace, and each value inside it is written in its own canonical form, so an entry's leaf
 * bytes are exactly its slice of a release document. UTF-8 never puts an ASCII byte inside a multi-byte character,
 * so the structure is followed byte by byte. Bytes that are not such a document throw a SyntaxError.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** Where one value lies: `bytes.subarray(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** One member of the object that starts at `start`, read no further than needed; undefined when it has none. */
export function memberSpan(bytes: Uint8Array, start: number, wanted: string): Span | undefined {
  let found: Span | undefined;
  forEachMember(bytes, start, (key, span) => {
    if (key === wanted) found = span;
    return found !== undefined;
  });
  return found;
}

/** The elements of the array that starts at `start`, in order. */
export function arrayElements(bytes: Uint8Array, start: number): Span[] {
  if (bytes[start] !== OPEN_ARRAY) throw malformed(start, 'an array');
  const elements: Span[] = [];
  if (bytes[start + 1] === CLOSE_ARRAY) return elements;
  for (let at = start + 1; ; ) {
    const end = valueEnd(bytes, at);
    elements.push({ start: at, end });
    if (bytes[end] === CLOSE_ARRAY) return elements;
    if (bytes[end] !== COMMA) throw malformed(end, '"," or "]"');
    at = end + 1;
  }
}

/** The value a span holds, parsed: for the small ones (a key, a code, a root). */
export function parseSpan(bytes: Uint8Array, span: Span): unknown {
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + span.start, span.end - span.start).toString('utf8'));
}

/** Calls `visit` with each member in order until it returns true. */
function forEachMember(bytes: Uint8Array, start: number, visit: (key: string, span: Span) => boolean): void {
  if (bytes[start] !== OPEN_OBJECT) throw malformed(start, 'an object');
  if (bytes[start + 1] === CLOSE_OBJECT) return;
  for (let at = start + 1; ; ) {
    if (bytes[at] !== QUOTE) throw malformed(at, 'a key');
    const keyEnd = stringEnd(bytes, at);
    if (bytes[keyEnd] !== COLON) throw malformed(keyEnd, '":"');
    const end = valueEnd(bytes, keyEnd + 1);
    if (visit(parseSpan(bytes, { start: at, end: keyEnd }) as string, { start: keyEnd + 1, end })) return;
    if (bytes[end] === CLOSE_OBJECT) return;
    if (bytes[end] !== COMMA) throw malformed(end, '"," or "}"');
    at = end + 1;
  }
}

/** Just past the value that starts at `start`. */
function valueEnd(bytes: Uint8Array, start: number): number {
  const first = bytes[start];
  if (first === QUOTE) return stringEnd(bytes, start);
  if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
    // A number, true, false or null: up to the byte that follows it in its object or array.
    let at = start;
    while (at < bytes.length && bytes[at] !== COMMA && bytes[at] !== CLOSE_OBJECT && bytes[at] !== CLOSE_ARRAY) at++;
    if (at === start) throw malformed(start, 'a value');
    return at;
  }
  let depth = 0;
  for (let at = start; at < bytes.length; at++) {
    const byte = bytes[at];
    if (byte === QUOTE) at = stringEnd(bytes, at) - 1;
    else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth++;
    else if ((byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) && --depth === 0) return at + 1;
  }
  throw malformed(start, 'the end of this value');
}

/** Just past the string whose opening quote is at `start`. */
function stringEnd(bytes: Uint8Array, start: number): number {
  for (let at = start + 1; at < bytes.length; at++) {
    if (bytes[at] === BACKSLASH) at++;
    else if (bytes[at] === QUOTE) return at + 1;
  }
  throw malformed(start, 'the end of this string');
}

function malformed(at: number, expected: string): SyntaxError {
  return new SyntaxError(`Not canonical JSON: expected ${expected} at byte ${at}`);
}
