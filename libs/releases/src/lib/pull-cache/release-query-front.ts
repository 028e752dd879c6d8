import { AsyncResource } from 'node:async_hooks';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { listenAheadOfTheApp, RequestListener } from '../ahead-of-the-app';
import { ReleaseCacheStatistics } from '../release-cache-statistics';
import { ReleaseInForce } from './release-in-force';
import { requestKey, ReleaseResponseStore } from './release-response-store';

/** Pull queries are a few hundred bytes; larger bodies are left to body-parser, unread. */
const FRONT_BODY_LIMIT = 32 * 1024;
const JSON_UTF8 = /^application\/json\s*(;\s*charset=("?)utf-8\2\s*)?$/i;
const REQUEST_KEY = Symbol('concord.release-query-front.request-key');
const READ = Symbol('concord.release-query-front.read');

/** What the server-level listener read of a request it did not answer, for the Express middleware to parse. */
type Read = { body: Buffer; key: string } | { error: unknown };
type FrontRequest = IncomingMessage & { [READ]?: Read };
type KeyedRequest = Request & { [READ]?: Read; [REQUEST_KEY]?: string; _body?: boolean };

/** A query answered by the front path: its operation name and the seconds from its first byte read to the answer. */
export type FrontHitListener = (operationName: string | undefined, seconds: number) => void;

/** The key the front path gave this request's bytes, for the plugin to learn them by when it answers from the cache. */
export function frontRequestKey(req: Request | undefined): string | undefined {
  return (req as KeyedRequest | undefined)?.[REQUEST_KEY];
}

/**
 * Repeated pull requests answered ahead of Express, Nest and Apollo. A release read is the same for every caller
 * allowed to make it, so once the plugin has answered a request's exact bytes from the cache, the same bytes from a
 * caller known without I/O (ReleaseReaderCheck.knowsReader) get the same body and headers straight from memory —
 * while the response is still cached and, for `latestRelease`, the version in force is still the one it was learned
 * under. It listens at the HTTP server itself, as the document fast path does: on 2 cores Express's router and two
 * bound callbacks per request cost more than half of a hit. Everything else goes on to Express with the bytes read, which
 * `middleware()`, mounted before the JSON body parser, parses as body-parser would have.
 */
@Injectable()
export class ReleaseQueryFront implements OnApplicationBootstrap {
  private readonly listeners: FrontHitListener[] = [];

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly store: ReleaseResponseStore,
    private readonly inForce: ReleaseInForce,
    private readonly statistics: ReleaseCacheStatistics,
  ) {}

  /** Called on each answer the front gives, which no Apollo plugin sees (metrics count them per operation). */
  onHit(listener: FrontHitListener): void {
    this.listeners.push(listener);
  }

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server || !this.store.responses) return;
    listenAheadOfTheApp(server, (req, res, passOn) => (applies(req) ? this.read(req, res, passOn) : passOn(req, res)));
  }

  /** To be mounted before the JSON body parser: the body of a request the front read and did not answer. */
  middleware(): RequestHandler {
    return (req: Request, _res: Response, next: NextFunction) => {
      const keyed = req as KeyedRequest;
      const read = keyed[READ];
      if (!read) return next();
      keyed[READ] = undefined;
      if ('error' in read) return next(read.error);
      let parsed: unknown;
      try {
        parsed = JSON.parse(read.body.toString('utf8'));
      } catch (error) {
        return next(unreadable(error));
      }
      // body-parser's strict mode: only an object or an array is a JSON request body.
      if (typeof parsed !== 'object' || parsed === null) return next(unreadable(new SyntaxError('The body is not a JSON object')));
      keyed.body = parsed;
      keyed._body = true;
      keyed[REQUEST_KEY] = read.key;
      next();
    };
  }

  private read(req: FrontRequest, res: ServerResponse, passOn: RequestListener): void {
    const started = performance.now();
    // Stream events arrive outside the request's async context, which everything after the hand-over reads (request
    // ids in logs and in the database): it is captured here, and entered only when the request goes on.
    const context = new AsyncResource('concord.release-query-front');
    const chunks: Buffer[] = [];
    const handOver = (read: Read) => {
      req[READ] = read;
      context.runInAsyncScope(passOn, undefined, req, res);
    };
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('error', (error) => handOver({ error }));
    req.once('end', () => {
      const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      const key = requestKey(body, req.headers.accept);
      if (!this.answer(req, res, key, started, context)) handOver({ body, key });
    });
  }

  private answer(req: IncomingMessage, res: ServerResponse, key: string, started: number, context: AsyncResource): boolean {
    const recalled = this.store.readers.knowsReader(req.headers) ? this.store.recall(key, this.inForce.version) : undefined;
    if (!recalled) return false;
    this.statistics.responses.hits++;
    recalled.body.replay(res, recalled.request.headers);
    const seconds = (performance.now() - started) / 1000;
    // In the request's context, where the request log finds what to name the operation.
    for (const listener of this.listeners) context.runInAsyncScope(listener, undefined, recalled.request.operationName, seconds);
    return true;
  }
}

function applies(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || req.headers['content-encoding'] || !isGraphQLPath(req.url)) return false;
  const length = Number(req.headers['content-length']);
  return Number.isInteger(length) && length > 0 && length <= FRONT_BODY_LIMIT && JSON_UTF8.test(req.headers['content-type'] ?? '');
}

/** `/graphql`, with or without a query string, as Express would route it to Apollo. */
function isGraphQLPath(url: string | undefined): boolean {
  return url !== undefined && url.startsWith('/graphql') && (url.length === 8 || url[8] === '?' || (url[8] === '/' && url.length === 9));
}

/** The error body-parser raises for a body it cannot parse, so the refusal is the same whoever read the body. */
function unreadable(error: unknown): Error {
  return Object.assign(error instanceof Error ? error : new SyntaxError(String(error)), { status: 400, statusCode: 400, expose: true, type: 'entity.parse.failed' });
}
