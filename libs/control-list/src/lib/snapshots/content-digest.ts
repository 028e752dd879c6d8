import { createHash } from 'node:crypto';
import type { ListDocument } from '../list-document';

/** JSON with object keys sorted at every level, so equal content always gives equal bytes. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : stableJson(item))).join(',')}]`;
  const fields = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`);
  return `{${fields.join(',')}}`;
}

/**
 * SHA-256 of the list's content: entries and definitions only. The version and the source description are left out
 * on purpose, so the same list imported again under another version or from a renamed file is recognised.
 */
export function contentDigest(document: Pick<ListDocument, 'format' | 'entries' | 'definitions'>): string {
  return createHash('sha256')
    .update(stableJson({ format: document.format, entries: document.entries, definitions: document.definitions }))
    .digest('hex');
}
