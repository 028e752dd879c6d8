import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import canonicalize from 'canonicalize';
import { DataSource } from 'typeorm';
import { AccessPolicy, Actor, isDelegation, isSecretariat, ParticipatingStateEntity, Permission } from '@concord/auth';
import { Connection, decodeCursor, forbidden, pageSize, toConnection, unauthenticated } from '@concord/shared/graphql';
import { AuditEventEntity } from '../chain/audit-event.entity';
import { ChainVerdict, verifyChain } from '../chain/chain-verifier';
import { AuditLogArgs } from './audit-log.args';
import { AuditEvent } from './audit-event.model';
import { AuditErrorReason } from '../audit-error-reason';

/** Reading the trail: the secretariat sees everything, a delegation the events of its own state, nobody else anything. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  async list(actor: Actor, args: AuditLogArgs): Promise<Connection<AuditEvent>> {
    const ownState = this.readableState(actor);
    const filter = args.filter ?? {};
    const size = pageSize(args.first);
    const query = this.db
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .leftJoinAndMapOne('e.state', ParticipatingStateEntity, 's', 's.id = e.state_id');
    if (ownState) query.andWhere('e.state_id = :ownState', { ownState: ownState.id });
    // Beyond its own state, a private event shows only once the event that discloses it exists (a draft's, once submitted).
    else {
      query.andWhere(
        `(e.private_until IS NULL OR EXISTS (SELECT 1 FROM audit_event d WHERE d.object_type = e.object_type AND d.object_id = e.object_id AND d.action = e.private_until))`,
      );
    }
    if (filter.stateCode) {
      if (ownState && filter.stateCode !== ownState.code) {
        throw forbidden("A delegation reads its own state's audit events only", AuditErrorReason.OTHER_STATE_AUDIT);
      }
      query.andWhere('s.code = :stateCode', { stateCode: filter.stateCode });
    }
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.objectType) query.andWhere('e.object_type = :objectType', { objectType: filter.objectType });
    if (filter.objectId) query.andWhere('e.object_id = :objectId', { objectId: filter.objectId });
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    const totalCount = await query.getCount();
    const [afterSequence] = (decodeCursor(args.after, 1) ?? []) as number[];
    if (afterSequence !== undefined) query.andWhere('e.sequence < :afterSequence', { afterSequence });
    const rows = await query.orderBy('e.sequence', 'DESC').limit(size + 1).getMany();
    return toConnection(rows, size, totalCount, (event) => [event.sequence], (event) =>
      AuditEvent.from(event, (event as { state?: ParticipatingStateEntity }).state?.code ?? null, canonicalize(event.summary)!),
    );
  }

  async verify(actor: Actor): Promise<ChainVerdict> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    return this.db.transaction('REPEATABLE READ', (manager) => verifyChain(manager));
  }

  /** Null for the secretariat (every state); the delegation's own state otherwise. */
  private readableState(actor: Actor): { id: string; code: string } | null {
    if (actor.kind === 'ANONYMOUS') throw unauthenticated();
    if (isDelegation(actor)) return { id: actor.stateId, code: actor.stateCode };
    if (isSecretariat(actor)) return null;
    throw forbidden('The audit trail is for the secretariat and delegations only', AuditErrorReason.AUDIT_PARTICIPANTS_ONLY);
  }
}
