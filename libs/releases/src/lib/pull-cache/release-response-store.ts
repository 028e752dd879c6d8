import { createHash } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import { Injectable } from '@nestjs/common';
import { AccessPolicy, CredentialsVerifier } from '@concord/auth';
import { RevocationBroadcast } from '@concord/events';
import { Clock, ConcordConfig, InjectConfig } from '@concord/shared/config';
import { ByteLru } from '@concord/shared/db';
import { CachedBody } from './cached-body';
import { ReleaseReaderCheck } from './release-reader-check';

/**
 * What the front path learned from a request the normal path answered from the cache: the response it named and the
 * headers that went with it, so the same request bytes can be answered again without Express's later middleware,
 * Nest or Apollo.
 */
export interface LearnedRequest {
  responseKey: string;
  /** The version in force when it was learned, for operations that follow publication; the entry is void once another is. */
  inForce: string | undefined;
  headers: OutgoingHttpHeaders;
  operationName: string | undefined;
}

/** Request bodies are small; what a learned entry costs besides its key, for the byte budget. */
const LEARNED_ENTRY_BYTES = 1024;
const LEARNED_BUDGET_BYTES = 8 * 1024 * 1024;
/** Response keys missed once and not yet stored: a base64 SHA-256 and the Map's own cost. */
const SEEN_ENTRY_BYTES = 128;
const SEEN_BUDGET_BYTES = 2 * 1024 * 1024;

/** Headers of one response that must not be replayed on another. */
const PER_RESPONSE_HEADERS = ['content-length', 'etag', 'date', 'x-request-id', 'concord-lsn', 'set-cookie'];

/**
 * The release pull cache's memory, shared by the Apollo plugin (which fills it and answers from it after parsing and
 * validation) and the front path (which answers repeated request bytes before them): whole response bodies by
 * response key, request bodies learned to name them, and the caller checks both apply. Off when
 * RELEASE_RESPONSE_CACHE_BYTES is 0.
 */
@Injectable()
export class ReleaseResponseStore {
  readonly responses: ByteLru<CachedBody> | undefined;
  readonly readers: ReleaseReaderCheck;
  private readonly learned = new ByteLru<LearnedRequest>(LEARNED_BUDGET_BYTES);
  private readonly seenOnce = new ByteLru<true>(SEEN_BUDGET_BYTES);

  constructor(@InjectConfig() config: ConcordConfig, credentials: CredentialsVerifier, access: AccessPolicy, clock: Clock, revocations: RevocationBroadcast) {
    this.responses = config.releaseResponseCacheBytes > 0 ? new ByteLru<CachedBody>(config.releaseResponseCacheBytes) : undefined;
    this.readers = new ReleaseReaderCheck(credentials, access, clock);
    revocations.onRevoked(() => this.readers.forgetAll());
  }

  /**
   * Whether a response missed under this key is worth keeping: only once it has been missed before. A response asked
   * for once (another page, a query typed in the explorer, a client defeating caches on purpose) would otherwise
   * push a popular one out and, at hundreds of KiB each, keep the collector busy with memory nobody reads again.
   */
  admit(responseKey: string): boolean {
    if (this.seenOnce.get(responseKey)) {
      this.seenOnce.delete(responseKey);
      return true;
    }
    this.seenOnce.set(responseKey, true, SEEN_ENTRY_BYTES);
    return false;
  }

  learn(requestKey: string, request: Omit<LearnedRequest, 'headers'>, headers: OutgoingHttpHeaders): void {
    const kept: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) if (!PER_RESPONSE_HEADERS.includes(name.toLowerCase())) kept[name] = value;
    this.learned.set(requestKey, { ...request, headers: kept }, requestKey.length + LEARNED_ENTRY_BYTES);
  }

  /** The cached response these request bytes were answered with, while it is still the answer. */
  recall(requestKey: string, inForce: string | null | undefined): { request: LearnedRequest; body: CachedBody } | undefined {
    const request = this.learned.get(requestKey);
    if (!request) return undefined;
    const body = request.inForce === undefined || request.inForce === inForce ? this.responses?.get(request.responseKey) : undefined;
    if (!body) {
      this.learned.delete(requestKey);
      return undefined;
    }
    return { request, body };
  }
}

/**
 * The exact request bytes and what the answer's form depends on besides them (the media type asked for), so two
 * requests with the same key get the same response, headers included.
 */
export function requestKey(body: Buffer, accept: string | undefined): string {
  return createHash('sha256').update(body).update('\0').update(accept ?? '').digest('base64');
}
