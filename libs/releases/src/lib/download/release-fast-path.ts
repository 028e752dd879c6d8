import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { credentialFromHeaders } from '@concord/auth';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { ReleaseDocumentCache } from './release-document-cache';
import { documentResponse, IMMUTABLE } from './document-encoding';

const PATH = /^\/releases\/([0-9]{4}\.(?:0|[1-9][0-9]{0,5}))\.json$/;

/**
 * The public, immutable path ahead of the framework: when anonymous release reads are on, a request without
 * credentials for a document already in memory is answered (200 or 304, GET or HEAD) straight from the cached bytes, without
 * Express, guards or the database. Everything else (credentials, a cold cache, any other URL) goes on to the app,
 * whose controller answers the same way once it has authenticated the caller.
 */
@Injectable()
export class ReleaseFastPath implements OnApplicationBootstrap {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly cache: ReleaseDocumentCache,
    @InjectConfig() private readonly config: ConcordConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.anonymousReleaseReads) return;
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    const app = server.listeners('request');
    server.removeAllListeners('request');
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (!this.answer(req, res)) for (const listener of app) (listener as (req: IncomingMessage, res: ServerResponse) => void)(req, res);
    });
  }

  private answer(req: IncomingMessage, res: ServerResponse): boolean {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || credentialFromHeaders(req.headers).kind !== 'NONE') return false;
    const version = PATH.exec(req.url ?? '')?.[1];
    const document = version ? this.cache.peek(version) : undefined;
    if (!document) return false;
    const response = documentResponse(document, req.headers, IMMUTABLE);
    res.writeHead(response.status, response.headers).end(req.method === 'HEAD' ? undefined : response.body);
    return true;
  }
}
