import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { AuditCheckpoint } from './audit-checkpoint.model';
import { AuditCheckpointService } from './audit-checkpoint.service';

@Resolver()
export class AuditCheckpointResolver {
  constructor(private readonly checkpoints: AuditCheckpointService) {}

  @Query(() => [AuditCheckpoint], { description: 'Signed checkpoints of the audit chain, newest first (at most 100). Whoever may read releases.' })
  @Authorize(Permission.READ_RELEASES)
  async auditCheckpoints(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('beforeSequence', { type: () => Int, nullable: true }) beforeSequence?: number,
  ): Promise<AuditCheckpoint[]> {
    return (await this.checkpoints.list(actor, first ?? undefined, beforeSequence ?? undefined)).map((entity) => AuditCheckpoint.from(entity));
  }
}
