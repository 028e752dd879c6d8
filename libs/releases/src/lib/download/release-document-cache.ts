import { Injectable } from '@nestjs/common';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { RELEASED_STATUSES } from '@concord/control-list';
import { ReleaseCacheStatistics } from '../release-cache-statistics';
import { ReadReplicas } from '@concord/shared/db';
import { signatureHeader } from '../signing/release-signature';
import { DocumentEncoding } from './document-encoding';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export interface CachedDocument {
  bytes: Buffer;
  digest: string;
  /** Strong ETag: the quoted digest. */
  etag: string;
  signatureHeader: string;
  signatureJson: Buffer;
  /** The bytes in each coding a download may use; compressed once, when the document is loaded, never per request. */
  encoded: Record<DocumentEncoding, Buffer>;
}

/**
 * Signed documents by version. A released document never changes, so once read it is kept for the life of the
 * process and served without touching the database again. Only released versions are cached: a miss costs one query
 * and the compression (off the event loop, at the highest levels since it is paid once per process).
 */
@Injectable()
export class ReleaseDocumentCache {
  private readonly documents = new Map<string, CachedDocument>();
  /** Loads under way, so that simultaneous first requests query and compress once. */
  private readonly loading = new Map<string, Promise<CachedDocument | undefined>>();

  constructor(
    private readonly replicas: ReadReplicas,
    private readonly statistics: ReleaseCacheStatistics,
  ) {}

  /** A hit is counted here; a miss only by `get`, which every caller falls back to, so no request counts twice. */
  peek(version: string): CachedDocument | undefined {
    const cached = this.documents.get(version);
    if (cached) this.statistics.documents.hits++;
    return cached;
  }

  async get(version: string): Promise<CachedDocument | undefined> {
    const cached = this.documents.get(version);
    if (cached) {
      this.statistics.documents.hits++;
      return cached;
    }
    this.statistics.documents.misses++;
    const pending = this.loading.get(version) ?? this.load(version).finally(() => this.loading.delete(version));
    this.loading.set(version, pending);
    return pending;
  }

  private async load(version: string): Promise<CachedDocument | undefined> {
    const [row] = await this.replicas.read((db) =>
      db.query<{ bytes: Buffer; digest: string; key_id: string; algorithm: string; signature: string }[]>(
        `SELECT d.bytes, d.digest, d.key_id, d.algorithm, d.signature FROM release_document d JOIN release r ON r.id = d.release_id
       WHERE r.version = $1 AND r.status = ANY($2)`,
        [version, RELEASED_STATUSES],
      ),
    );
    if (!row) return undefined;
    const [br, gz] = await Promise.all([
      brotli(row.bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: row.bytes.length } }),
      gzipped(row.bytes, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    const signature = { keyId: row.key_id, algorithm: 'Ed25519' as const, value: row.signature };
    const document: CachedDocument = {
      bytes: row.bytes,
      digest: row.digest,
      etag: `"${row.digest}"`,
      signatureHeader: signatureHeader(signature),
      signatureJson: Buffer.from(`${JSON.stringify({ version, digest: row.digest, ...signature })}\n`),
      encoded: { [DocumentEncoding.IDENTITY]: row.bytes, [DocumentEncoding.BROTLI]: br, [DocumentEncoding.GZIP]: gz },
    };
    this.documents.set(version, document);
    return document;
  }
}
