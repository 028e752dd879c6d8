import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import type { CachedDocument } from './release-document-cache';

export enum DocumentEncoding {
  IDENTITY = 'identity',
  BROTLI = 'br',
  GZIP = 'gzip',
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The representation `Accept-Encoding` asks for: the acceptable coding with the highest q, brotli before gzip on a
 * tie (it is smaller), identity when neither is acceptable. `*` stands for any coding not named; q=0 refuses.
 */
export function negotiateEncoding(header: string | string[] | undefined): DocumentEncoding {
  if (!header) return DocumentEncoding.IDENTITY;
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q) || 0);
  }
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weight(DocumentEncoding.BROTLI);
  const gzip = weight(DocumentEncoding.GZIP);
  if (br > 0 && br >= gzip) return DocumentEncoding.BROTLI;
  if (gzip > 0) return DocumentEncoding.GZIP;
  return DocumentEncoding.IDENTITY;
}

/** Every representation of one document shares its digest, so an ETag of any of them means "you have it". */
export function etagFor(document: CachedDocument, encoding: DocumentEncoding): string {
  return encoding === DocumentEncoding.IDENTITY ? document.etag : `"${document.digest}-${encoding}"`;
}

export function matchesAnyRepresentation(header: string | undefined, document: CachedDocument): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const tags = new Set(Object.values(DocumentEncoding).map((encoding) => etagFor(document, encoding)));
  return header.split(',').some((candidate) => tags.has(candidate.trim().replace(/^W\//, '')));
}

/**
 * Status, headers and body of a document download. The signature and digest headers always describe the identity
 * bytes, which is what is signed; the encoding only changes how they travel.
 */
export function documentResponse(
  document: CachedDocument,
  headers: IncomingHttpHeaders,
  cacheControl: string,
): { status: 200 | 304; headers: OutgoingHttpHeaders; body?: Buffer } {
  const encoding = negotiateEncoding(headers['accept-encoding']);
  const common: OutgoingHttpHeaders = {
    etag: etagFor(document, encoding),
    vary: 'Accept-Encoding',
    'cache-control': cacheControl,
    'concord-signature': document.signatureHeader,
    'concord-digest': `sha-256=${document.digest}`,
  };
  if (matchesAnyRepresentation(headers['if-none-match'], document)) return { status: 304, headers: common };
  const body = document.encoded[encoding];
  return {
    status: 200,
    headers: {
      ...common,
      ...(encoding === DocumentEncoding.IDENTITY ? {} : { 'content-encoding': encoding }),
      'content-type': 'application/json',
      'content-length': body.length,
    },
    body,
  };
}
