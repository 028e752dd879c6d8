import canonicalize from 'canonicalize';
import type { SignedAuditCheckpoint } from '@concord/audit';
import { textChunks } from '@concord/control-list';
import type { ListDefinition, ListEntry, ListSource } from '@concord/control-list';
import type { ReleaseMerkle } from './release-merkle';

export const RELEASE_DOCUMENT_FORMAT = 'concord-release/2' as const;

/**
 * What governments pull and verify: one whole version of the list with its provenance. Its RFC 8785 canonical JSON
 * is what is hashed and signed, so any consumer can re-derive the bytes from the parsed document.
 */
export interface ReleaseDocument {
  format: typeof RELEASE_DOCUMENT_FORMAT;
  /** `YYYY.N`; consumers refuse a version older than the one they hold. */
  version: string;
  /** The release this one supersedes, by version and document digest, so a consumer notices a forked history; null for the first. */
  previous: { version: string; digest: string } | null;
  /** ISO 8601 instant of publication. */
  publishedAt: string;
  /** ISO date from which the list applies, when set. */
  effectiveFrom: string | null;
  /** IMPORT (a baseline brought in from outside) or PROPOSALS (composed from adopted proposals). */
  source: 'IMPORT' | 'PROPOSALS';
  /** Where an imported list came from. */
  origin: ListSource | null;
  /** References of the adopted proposals this release incorporates, in adoption order. */
  incorporates: string[];
  /**
   * The list itself in Concord's list format (concord-list/1), without the version (it is above), with every
   * authentic text; `languages` (English first) only when it is authentic in more than English.
   */
  list: { format: 'concord-list/1'; languages?: string[]; entries: ListEntry[]; definitions: ListDefinition[] };
  /** RFC 6962 root over the list's entries then definitions, so one entry can be verified alone (docs/integrity-merkle.md). */
  merkle: ReleaseMerkle;
  /** The audit chain's head signed at publication (docs/integrity-audit.md); null while the chain was empty. */
  auditCheckpoint: SignedAuditCheckpoint | null;
}

/**
 * The document's RFC 8785 bytes, exactly as the canonicalize package writes them, but encoded chunk by chunk into one
 * buffer of the right size, measured by a first pass: that package concatenates every level into a new string, which
 * for a 20,000-entry list left several copies to collect, and encoded pieces joined at the end would be a second copy.
 */
export function canonicalBytes(document: ReleaseDocument): Buffer {
  let length = 0;
  const measure = textChunks((chunk) => (length += Buffer.byteLength(chunk, 'utf8')));
  writeCanonical(document, measure.write);
  measure.end();
  const bytes = Buffer.allocUnsafe(length);
  let offset = 0;
  const encode = textChunks((chunk) => (offset += bytes.write(chunk, offset, 'utf8')));
  writeCanonical(document, encode.write);
  encode.end();
  return bytes;
}

function writeCanonical(value: unknown, write: (text: string) => void): void {
  if (value === null || typeof value !== 'object') {
    const text = canonicalize(value);
    if (text === undefined) throw new Error('A release document must be JSON');
    return write(text);
  }
  if ((value as { toJSON?: unknown }).toJSON instanceof Function) return writeCanonical((value as { toJSON(): unknown }).toJSON(), write);
  if (Array.isArray(value)) {
    write('[');
    value.forEach((item, index) => {
      if (index) write(',');
      writeCanonical(item === undefined || typeof item === 'symbol' ? null : item, write);
    });
    return write(']');
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined && typeof record[key] !== 'symbol');
  write('{');
  keys.forEach((key, index) => {
    write(`${index ? ',' : ''}${JSON.stringify(key)}:`);
    writeCanonical(record[key], write);
  });
  write('}');
}
