import { Controller, Get, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import canonicalize from 'canonicalize';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { DomainErrorHttpFilter, notFound } from '@concord/shared/graphql';
import { AuditErrorReason } from '../audit-error-reason';
import { AuditCheckpointService } from './audit-checkpoint.service';

/** `GET /audit/checkpoints/latest.json`: the newest signed checkpoint, for holders to fetch without GraphQL. */
@Controller('audit/checkpoints')
@UseFilters(DomainErrorHttpFilter)
export class AuditCheckpointController {
  constructor(private readonly checkpoints: AuditCheckpointService) {}

  @Get('latest.json')
  @Authorize(Permission.READ_RELEASES)
  async latest(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const latest = await this.checkpoints.latest(actor);
    if (!latest) throw notFound('Audit checkpoint', 'latest', AuditErrorReason.NO_AUDIT_CHECKPOINT);
    // A newer checkpoint replaces it at any time.
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Type', 'application/json');
    res.status(200).end(canonicalize(latest.envelope));
  }
}
