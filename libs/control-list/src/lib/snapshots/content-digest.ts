import { createHash } from 'node:crypto';
import type { ListDocument } from '../list-document';
import { textChunks } from './text-chunks';

/** JSON with object keys sorted at every level, so equal content always gives equal bytes. */
export function stableJson(value: unknown): string {
  const parts: string[] = [];
  writeStableJson(value, (text) => parts.push(text));
  return parts.join('');
}

function writeStableJson(value: unknown, write: (text: string) => void): void {
  if (value === null || typeof value !== 'object') return write(JSON.stringify(value) ?? 'null');
  if (Array.isArray(value)) {
    write('[');
    value.forEach((item, index) => {
      if (index) write(',');
      if (item === undefined) write('null');
      else writeStableJson(item, write);
    });
    return write(']');
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  write('{');
  keys.forEach((key, index) => {
    write(`${index ? ',' : ''}${JSON.stringify(key)}:`);
    writeStableJson(record[key], write);
  });
  write('}');
}

/**
 * SHA-256 of the list's content: entries and definitions only. The version and the source description are left out
 * on purpose, so the same list imported again under another version or from a renamed file is recognised. Hashed as
 * it is serialised: a 20,000-entry list as one string, built level by level, left hundreds of MB to collect.
 */
export function contentDigest(document: Pick<ListDocument, 'format' | 'entries' | 'definitions'>): string {
  const hash = createHash('sha256');
  const chunks = textChunks((chunk) => hash.update(chunk, 'utf8'));
  writeStableJson({ format: document.format, entries: document.entries, definitions: document.definitions }, chunks.write);
  chunks.end();
  return hash.digest('hex');
}
