import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { AccessPolicy, Actor, ANONYMOUS, credentialFromHeaders, CredentialsVerifier, isCredential, Permission } from '@concord/auth';
import { listenAheadOfTheApp } from '../ahead-of-the-app';
import { ReleaseDocumentCache } from './release-document-cache';
import { documentResponse, IMMUTABLE } from './document-encoding';

const PATH = /^\/releases\/([0-9]{4}\.(?:0|[1-9][0-9]{0,5}))\.json$/;

/**
 * The immutable path ahead of the framework: a request for a document already in memory, from a caller allowed to
 * read releases and known without I/O (anonymous when anonymous release reads are on, or an API key this instance
 * verified lately, which a revocation on any instance forgets), is answered (200 or 304, GET or HEAD) straight from
 * the cached bytes, without Express, guards or the database. Everything else (a key not known here, a bearer token,
 * a cold cache, any other URL) goes on to the app, whose controller answers the same way once it has authenticated
 * the caller.
 */
@Injectable()
export class ReleaseFastPath implements OnApplicationBootstrap {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly cache: ReleaseDocumentCache,
    private readonly credentials: CredentialsVerifier,
    private readonly access: AccessPolicy,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    listenAheadOfTheApp(server, (req, res, passOn) => this.answer(req, res) || passOn(req, res));
  }

  private answer(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const version = PATH.exec(req.url ?? '')?.[1];
    if (!version) return false;
    const actor = this.knownReader(req);
    const document = actor ? this.cache.peek(version) : undefined;
    if (!actor || !document) return false;
    // As in the controller: `private` once credentials were needed, so no shared cache keeps a caller's copy.
    const response = documentResponse(document, req.headers, actor.kind === 'ANONYMOUS' ? IMMUTABLE : IMMUTABLE.replace('public', 'private'));
    res.writeHead(response.status, response.headers).end(req.method === 'HEAD' ? undefined : response.body);
    return true;
  }

  /** A caller the app would let read releases, known without any I/O; undefined sends the request on to the app. */
  private knownReader(req: IncomingMessage): Actor | undefined {
    const presented = credentialFromHeaders(req.headers);
    const actor = presented.kind === 'NONE' ? ANONYMOUS : isCredential(presented) ? this.credentials.knownActor(presented) : undefined;
    return actor && this.access.allows(actor, Permission.READ_RELEASES) ? actor : undefined;
  }
}
