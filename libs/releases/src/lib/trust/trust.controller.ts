import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { AccessPolicy, Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { DomainErrorHttpFilter, notFound } from '@concord/shared/graphql';
import { ReleaseErrorReason } from '../release-error-reason';
import { TimestampService } from './timestamp.service';
import { TrustStore } from './trust-store';

/**
 * The trust metadata beside the documents: `GET /releases/root/{n}.json` (every root version, immutable),
 * `/releases/root.json` (the newest) and `/releases/timestamp.json` (the current timestamp statement, never cached
 * long: freshness is its point). Same credentials as the documents. Registered before the document download, whose
 * `:file` would otherwise take `root.json` and `timestamp.json` for versions.
 */
@Controller('releases')
@UseFilters(DomainErrorHttpFilter)
export class TrustController {
  constructor(
    private readonly trust: TrustStore,
    private readonly timestamps: TimestampService,
    private readonly access: AccessPolicy,
  ) {}

  @Get('root.json')
  @Authorize(Permission.READ_RELEASES)
  newestRoot(@CurrentActor() actor: Actor, @Res() res: Response): void {
    this.access.assert(actor, Permission.READ_RELEASES);
    send(res, this.trust.newest(), 'no-cache');
  }

  @Get('root/:file')
  @Authorize(Permission.READ_RELEASES)
  root(@CurrentActor() actor: Actor, @Param('file') file: string, @Res() res: Response): void {
    this.access.assert(actor, Permission.READ_RELEASES);
    const version = /^([1-9][0-9]{0,8})\.json$/.exec(file)?.[1];
    const root = version ? this.trust.root(Number(version)) : undefined;
    if (!root) throw notFound('Root version', file, ReleaseErrorReason.ROOT_NOT_FOUND);
    send(res, root, `${actor.kind === 'ANONYMOUS' ? 'public' : 'private'}, max-age=31536000, immutable`);
  }

  @Get('timestamp.json')
  @Authorize(Permission.READ_RELEASES)
  async timestamp(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    this.access.assert(actor, Permission.READ_RELEASES);
    send(res, await this.timestamps.current(), 'no-cache');
  }
}

function send(res: Response, body: unknown, cacheControl: string): void {
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Content-Type', 'application/json');
  res.status(200).end(`${JSON.stringify(body)}\n`);
}
