import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessPolicy, Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { isReleaseVersion } from '@concord/control-list';
import { DomainErrorHttpFilter, notFound } from '@concord/shared/graphql';
import { CachedDocument, ReleaseDocumentCache } from './release-document-cache';
import { ReleaseErrorReason } from '../release-error-reason';
import { documentResponse, IMMUTABLE } from './document-encoding';

const FILE = /^(.+)\.(json|sig)$/;

/**
 * `GET /releases/{version}.json`: the signed canonical document from precomputed bytes (brotli or gzip by
 * `Accept-Encoding`), with a strong ETag per representation (its digest) and the signature in `Concord-Signature`; `GET /releases/{version}.sig`: the signature alone, as JSON.
 * Same credentials as GraphQL (API key or bearer); anonymous only when anonymous release reads are switched on.
 */
@Controller('releases')
@UseFilters(DomainErrorHttpFilter)
export class ReleaseDownloadController {
  constructor(
    private readonly cache: ReleaseDocumentCache,
    private readonly access: AccessPolicy,
  ) {}

  @Get(':file')
  @Authorize(Permission.READ_RELEASES)
  async download(@CurrentActor() actor: Actor, @Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.access.assert(actor, Permission.READ_RELEASES);
    const [, version, kind] = FILE.exec(file) ?? [];
    if (!version || !isReleaseVersion(version)) throw notFound('Release document', file, ReleaseErrorReason.RELEASE_NOT_FOUND);
    const document = this.cache.peek(version) ?? (await this.cache.get(version));
    if (!document) throw notFound('Release', version, ReleaseErrorReason.RELEASE_NOT_FOUND);
    // `private` once credentials were needed: a shared cache must not hand a member's copy to someone else.
    send(document, kind === 'sig', actor.kind !== 'ANONYMOUS', req, res);
  }
}

function send(document: CachedDocument, signatureOnly: boolean, credentialed: boolean, req: Request, res: Response): void {
  const cacheControl = credentialed ? IMMUTABLE.replace('public', 'private') : IMMUTABLE;
  if (!signatureOnly) {
    const response = documentResponse(document, req.headers, cacheControl);
    res.writeHead(response.status, response.headers).end(req.method === 'HEAD' ? undefined : response.body);
    return;
  }
  const etag = `"${document.digest}.sig"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Concord-Signature', document.signatureHeader);
  res.setHeader('Concord-Digest', `sha-256=${document.digest}`);
  if (matches(req.headers['if-none-match'], etag)) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Type', 'application/json');
  res.status(200).end(document.signatureJson);
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header === '*' || header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}
