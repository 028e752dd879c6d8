import { AsyncResource } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ReleaseCacheStatistics } from '../release-cache-statistics';
import { ReleaseInForce } from './release-in-force';
import { requestKey, ReleaseResponseStore } from './release-response-store';

/** Pull queries are a few hundred bytes; larger bodies are left to body-parser, unread. */
const FRONT_BODY_LIMIT = 32 * 1024;
const JSON_UTF8 = /^application\/json\s*(;\s*charset=("?)utf-8\2\s*)?$/i;
const REQUEST_KEY = Symbol('concord.release-query-front.request-key');

type KeyedRequest = Request & { [REQUEST_KEY]?: string; _body?: boolean };

/** A query answered by the front path: its operation name and the seconds from its first byte read to the answer. */
export type FrontHitListener = (operationName: string | undefined, seconds: number) => void;

/** The key the front path gave this request's bytes, for the plugin to learn them by when it answers from the cache. */
export function frontRequestKey(req: Request | undefined): string | undefined {
  return (req as KeyedRequest | undefined)?.[REQUEST_KEY];
}

/**
 * Repeated pull requests answered ahead of body parsing, Nest and Apollo. A release read is the same for every
 * caller allowed to make it, so once the plugin has answered a request's exact bytes from the cache, the same bytes
 * from a caller known without I/O (ReleaseReaderCheck.knowsReader) get the same body and headers straight from
 * memory — while the response is still cached and, for `latestRelease`, the version in force is still the one it
 * was learned under. Everything else goes on with the body already parsed, as body-parser would have left it.
 */
@Injectable()
export class ReleaseQueryFront {
  private readonly listeners: FrontHitListener[] = [];

  constructor(
    private readonly store: ReleaseResponseStore,
    private readonly inForce: ReleaseInForce,
    private readonly statistics: ReleaseCacheStatistics,
  ) {}

  /** Called on each answer the front gives, which no Apollo plugin sees (metrics count them per operation). */
  onHit(listener: FrontHitListener): void {
    this.listeners.push(listener);
  }

  /** To be mounted before the JSON body parser. */
  middleware(): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      if (!this.store.responses || !this.applies(req)) return next();
      const started = performance.now();
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      // Bound as body-parser binds its callback: stream events arrive outside the request's async context, which
      // everything after (request ids in logs and in the database) reads.
      req.once('error', AsyncResource.bind(next));
      req.once('end', AsyncResource.bind(() => this.answerOrPass(req as KeyedRequest, res, Buffer.concat(chunks), started, next)));
    };
  }

  private applies(req: Request): boolean {
    if (req.method !== 'POST' || req.path !== '/graphql' || req.headers['content-encoding']) return false;
    const length = Number(req.headers['content-length']);
    return Number.isInteger(length) && length > 0 && length <= FRONT_BODY_LIMIT && JSON_UTF8.test(req.headers['content-type'] ?? '');
  }

  private answerOrPass(req: KeyedRequest, res: Response, body: Buffer, started: number, next: NextFunction): void {
    const key = requestKey(body, req.headers.accept);
    const recalled = this.store.readers.knowsReader(req.headers) ? this.store.recall(key, this.inForce.version) : undefined;
    if (recalled) {
      this.statistics.responses.hits++;
      recalled.body.replay(res, recalled.request.headers);
      const seconds = (performance.now() - started) / 1000;
      for (const listener of this.listeners) listener(recalled.request.operationName, seconds);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch (error) {
      return next(unreadable(error));
    }
    // body-parser's strict mode: only an object or an array is a JSON request body.
    if (typeof parsed !== 'object' || parsed === null) return next(unreadable(new SyntaxError('The body is not a JSON object')));
    req.body = parsed;
    req._body = true;
    req[REQUEST_KEY] = key;
    next();
  }
}

/** The error body-parser raises for a body it cannot parse, so the refusal is the same whoever read the body. */
function unreadable(error: unknown): Error {
  return Object.assign(error instanceof Error ? error : new SyntaxError(String(error)), { status: 400, statusCode: 400, expose: true, type: 'entity.parse.failed' });
}
