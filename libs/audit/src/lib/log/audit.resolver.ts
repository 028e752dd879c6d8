import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { Connection } from '@concord/shared/graphql';
import { AuditChainVerdict } from './audit-chain-verdict.model';
import { AuditEvent, AuditEventConnection } from './audit-event.model';
import { AuditLogArgs } from './audit-log.args';
import { AuditLogService } from './audit-log.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly log: AuditLogService) {}

  @Query(() => AuditEventConnection, {
    description: "The audit trail, newest first. The secretariat sees every event; a delegation its own state's.",
  })
  @Authorize(Permission.READ_DELIBERATIONS)
  auditLog(@CurrentActor() actor: Actor, @Args() args: AuditLogArgs): Promise<Connection<AuditEvent>> {
    return this.log.list(actor, args);
  }

  @Query(() => AuditChainVerdict, { description: 'Recomputes the whole chain and names the first broken link. Secretariat.' })
  @Authorize(Permission.MANAGE_REGISTRY)
  verifyAuditChain(@CurrentActor() actor: Actor): Promise<AuditChainVerdict> {
    return this.log.verify(actor);
  }
}
