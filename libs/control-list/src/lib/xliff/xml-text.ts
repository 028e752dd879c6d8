// XML 1.0 cannot carry these at all, not even as character references.
// With the u flag a surrogate pair is one code point, so the surrogate range matches only a lone half.
const NOT_XML_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/**
 * Element content that reads back exactly: `\r` as a reference, since a parser turns a raw one into `\n`, and `>` too,
 * so that a text holding `]]>` stays well-formed.
 */
export function xmlText(text: string): string {
  assertXmlCharacters(text);
  return text.replace(/[&<>\r]/g, (char) => ENTITIES[char]);
}

/** An attribute value, double-quoted, that reads back exactly: a parser folds raw tabs and line breaks into spaces. */
export function xmlAttribute(value: string): string {
  assertXmlCharacters(value);
  return value.replace(/[&<>"\t\n\r]/g, (char) => ENTITIES[char]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

function assertXmlCharacters(text: string): void {
  const found = NOT_XML_CHARACTER.exec(text);
  if (found) {
    const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new RangeError(`U+${code} at character ${found.index + 1} of "${text.slice(0, 40)}" cannot be written in XML`);
  }
}
