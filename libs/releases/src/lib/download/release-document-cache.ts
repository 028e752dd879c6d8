import { Injectable, Logger } from '@nestjs/common';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { RELEASED_STATUSES } from '@concord/control-list';
import { EventBus } from '@concord/events';
import { ReleaseCacheStatistics } from '../release-cache-statistics';
import { ReadReplicas } from '@concord/shared/db';
import { signatureHeader } from '../signing/release-signature';
import { documentSlicesQuery, joinedSlices } from '../documents/document-bytes';
import { RELEASE_TOPIC, ReleaseEventType, ReleaseInForcePayload } from '../events/release-events';
import { DocumentEncoding } from './document-encoding';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Brotli's quality 9, not its maximum (11): for a 28 MB document (20,000 entries) 11 took ~40 s, a first download
 * that long, where 9 takes ~0.6 s for a size within a few per cent; gzip's best level costs about as much as that.
 */
const BROTLI_QUALITY = 9;

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
 * and the compression (off the event loop, paid once per process). A release published or imported through any
 * instance is loaded and compressed by every instance as soon as it hears of it, before anyone asks for it.
 */
@Injectable()
export class ReleaseDocumentCache {
  private readonly documents = new Map<string, CachedDocument>();
  /** Loads under way, so that simultaneous first requests query and compress once. */
  private readonly loading = new Map<string, Promise<CachedDocument | undefined>>();

  private readonly logger = new Logger('ReleaseDocumentCache');

  constructor(
    private readonly replicas: ReadReplicas,
    private readonly statistics: ReleaseCacheStatistics,
    bus: EventBus,
  ) {
    bus.listen(RELEASE_TOPIC, (event) => {
      if (event.type !== ReleaseEventType.PUBLISHED && event.type !== ReleaseEventType.IMPORTED) return;
      const { version } = event.payload as unknown as ReleaseInForcePayload;
      if (this.documents.has(version)) return;
      // A failure here, or a replica not there yet, is the first download's to retry: nothing is kept of it.
      this.loadOnce(version).then(
        (document) => {
          if (document) this.statistics.documentsPrepared++;
        },
        (error: unknown) => this.logger.warn(`Could not prepare the document of ${version}: ${error instanceof Error ? error.message : String(error)}`),
      );
    });
  }

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
    return this.loadOnce(version);
  }

  private loadOnce(version: string): Promise<CachedDocument | undefined> {
    const pending = this.loading.get(version) ?? this.load(version).finally(() => this.loading.delete(version));
    this.loading.set(version, pending);
    return pending;
  }

  private async load(version: string): Promise<CachedDocument | undefined> {
    const rows = await this.replicas.read((db) =>
      db.query<{ slice: Buffer; digest: string; key_id: string; algorithm: string; signature: string }[]>(
        ...documentSlicesQuery({
          columns: 'd.digest, d.key_id, d.algorithm, d.signature',
          from: 'release_document d JOIN release r ON r.id = d.release_id',
          where: 'r.version = $1 AND r.status = ANY($2)',
          parameters: [version, RELEASED_STATUSES],
        }),
      ),
    );
    const bytes = joinedSlices(rows);
    if (!bytes) return undefined;
    const [row] = rows;
    const [br, gz] = await Promise.all([
      brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
      gzipped(bytes, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    const signature = { keyId: row.key_id, algorithm: 'Ed25519' as const, value: row.signature };
    const document: CachedDocument = {
      bytes,
      digest: row.digest,
      etag: `"${row.digest}"`,
      signatureHeader: signatureHeader(signature),
      signatureJson: Buffer.from(`${JSON.stringify({ version, digest: row.digest, ...signature })}\n`),
      encoded: { [DocumentEncoding.IDENTITY]: bytes, [DocumentEncoding.BROTLI]: br, [DocumentEncoding.GZIP]: gz },
    };
    this.documents.set(version, document);
    return document;
  }
}
