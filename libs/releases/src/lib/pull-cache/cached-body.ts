import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Response } from 'express';
import type { GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';

/** A cached response as Apollo would write it: `JSON.stringify({ data }) + '\n'` (its default stringifyResult). */
export class CachedBody {
  /** Express's ETag of these bytes, worked out on the first hit rather than hashed again on every one. */
  private etag: string | undefined | false;

  private constructor(readonly bytes: Buffer) {}

  static of(data: Record<string, unknown>): CachedBody {
    return new CachedBody(Buffer.from(`${JSON.stringify({ data })}\n`, 'utf8'));
  }

  /**
   * Stringifying a page of 400 entries costs more than everything else on a hit together, and Apollo offers no hook
   * for pre-serialized bytes (its stringifyResult is server-wide and Node 20 has no JSON.rawJSON). So Apollo is given
   * a placeholder to stringify, and this one response's `send` puts the cached bytes in its place. Express still
   * does the rest as for any body: content length, ETag, If-None-Match on a GET, HEAD. Should anything after us
   * have replaced the placeholder (an error response from a failing hook), that body goes out untouched.
   */
  respond(res: Response | undefined, sent?: (headers: OutgoingHttpHeaders) => void): GraphQLResponse {
    if (!res) return single(JSON.parse(this.bytes.toString('utf8')).data);
    const send = res.send;
    res.send = (body: unknown) => {
      res.send = send;
      if (body !== PLACEHOLDER_TEXT) return send.call(res, body);
      const etag = this.etagFor(res);
      if (etag) res.setHeader('etag', etag);
      sent?.(res.getHeaders());
      return send.call(res, this.bytes);
    };
    return single(PLACEHOLDER);
  }

  /**
   * The same bytes with the headers a response of the normal path carried, written directly (the front path, which
   * has no Express response): the ETag is the one `respond` worked out, as the front replays only what it answered.
   */
  replay(res: ServerResponse, headers: OutgoingHttpHeaders): void {
    const etag = this.etag || undefined;
    res.writeHead(200, { ...headers, 'content-length': this.bytes.length, ...(etag ? { etag } : {}) }).end(this.bytes);
  }

  private etagFor(res: Response): string | undefined {
    if (this.etag === undefined) {
      const etagFn: unknown = res.app?.get('etag fn');
      this.etag = typeof etagFn === 'function' ? ((etagFn as (body: Buffer) => string | undefined)(this.bytes) ?? false) : false;
    }
    return this.etag || undefined;
  }
}

const PLACEHOLDER = Object.freeze({ 'concord-cached-release-response': true });
const PLACEHOLDER_TEXT = `${JSON.stringify({ data: PLACEHOLDER })}\n`;

function single(data: Record<string, unknown>): GraphQLResponse {
  return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
}
