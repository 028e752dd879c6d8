import { Injectable } from '@nestjs/common';
import { RELEASED_STATUSES } from '@concord/control-list';
import { ReleaseCacheStatistics } from '../release-cache-statistics';
import { ReadReplicas } from '@concord/shared/db';
import { signatureHeader } from '../signing/release-signature';

export interface CachedDocument {
  bytes: Buffer;
  digest: string;
  /** Strong ETag: the quoted digest. */
  etag: string;
  signatureHeader: string;
  signatureJson: Buffer;
}

/**
 * Signed documents by version. A released document never changes, so once read it is kept for the life of the
 * process and served without touching the database again. Only released versions are cached: a miss costs one query.
 */
@Injectable()
export class ReleaseDocumentCache {
  private readonly documents = new Map<string, CachedDocument>();

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
    const [row] = await this.replicas.read((db) =>
      db.query<{ bytes: Buffer; digest: string; key_id: string; algorithm: string; signature: string }[]>(
        `SELECT d.bytes, d.digest, d.key_id, d.algorithm, d.signature FROM release_document d JOIN release r ON r.id = d.release_id
       WHERE r.version = $1 AND r.status = ANY($2)`,
        [version, RELEASED_STATUSES],
      ),
    );
    if (!row) return undefined;
    const signature = { keyId: row.key_id, algorithm: 'Ed25519' as const, value: row.signature };
    const document: CachedDocument = {
      bytes: row.bytes,
      digest: row.digest,
      etag: `"${row.digest}"`,
      signatureHeader: signatureHeader(signature),
      signatureJson: Buffer.from(`${JSON.stringify({ version, digest: row.digest, ...signature })}\n`),
    };
    this.documents.set(version, document);
    return document;
  }
}
