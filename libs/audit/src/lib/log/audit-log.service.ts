import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import canonicalize from 'canonicalize';
import { DataSource } from 'typeorm';
import { AccessPolicy, Actor, isDelegation, isSecretariat, ParticipatingStateEntity, Permission } from '@concord/auth';
import { Connection, decodeCursor, forbidden, pageSize, toConnection, unauthenticated } from '@concord/shared/graphql';
import { AuditEventEntity } from '../chain/audit-event.entity';
import { verifyChain } from '../chain/chain-verifier';
import { ChainProblem, ChainVerdict, checkpointRefusal } from '../chain/chain-walk';
import { AuditCheckpointEntity } from '../checkpoints/audit-checkpoint.entity';
import { AuditCheckpointStatement, verifiedCheckpoint } from '../checkpoints/audit-checkpoint-envelope';
import { AuditCheckpointService } from '../checkpoints/audit-checkpoint.service';
import { VerifyAuditChainInput } from './verify-audit-chain.input';
import { AuditLogArgs } from './audit-log.args';
import { AuditEvent } from './audit-event.model';
import { AuditErrorReason } from '../audit-error-reason';

/** Reading the trail: every event for the secretariat and delegations, redacted where they may not see it; nobody else anything. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly checkpoints: AuditCheckpointService,
  ) {}

  async list(actor: Actor, args: AuditLogArgs): Promise<Connection<AuditEvent>> {
    const ownState = this.readableState(actor);
    const filter = args.filter ?? {};
    const size = pageSize(args.first);
    const query = this.db
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .leftJoinAndMapOne('e.state', ParticipatingStateEntity, 's', 's.id = e.state_id');
    // A delegation reads its own state's events; beyond its own state, a private event shows only once the event
    // that discloses it exists (a draft's, once submitted). Every other event is listed redacted, so that the reader
    // can still recompute the whole chain.
    const visible = ownState
      ? 'e.state_id = :ownState'
      : `(e.private_until IS NULL OR EXISTS (SELECT 1 FROM audit_event d WHERE d.object_type = e.object_type AND d.object_id = e.object_id AND d.action = e.private_until))`;
    query.addSelect(`(${visible})`, 'e_visible');
    if (ownState) query.setParameter('ownState', ownState.id);
    if (filter.stateCode) {
      if (ownState && filter.stateCode !== ownState.code) {
        throw forbidden("A delegation reads its own state's audit events only", AuditErrorReason.OTHER_STATE_AUDIT);
      }
      query.andWhere('s.code = :stateCode', { stateCode: filter.stateCode });
    }
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.objectType) query.andWhere('e.object_type = :objectType', { objectType: filter.objectType });
    if (filter.objectId) query.andWhere('e.object_id = :objectId', { objectId: filter.objectId });
    // A filter on what a redacted event hides must not tell the reader which hidden events match it.
    if (filter.stateCode || filter.action || filter.objectType || filter.objectId) query.andWhere(visible);
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    const totalCount = await query.getCount();
    const [afterSequence] = (decodeCursor(args.after, 1) ?? []) as number[];
    if (afterSequence !== undefined) query.andWhere('e.sequence < :afterSequence', { afterSequence });
    const { entities, raw } = await query.orderBy('e.sequence', 'DESC').limit(size + 1).getRawAndEntities<{ e_id: string; e_visible: boolean }>();
    const shown = new Set(raw.filter((row) => row.e_visible).map((row) => row.e_id));
    return toConnection(entities, size, totalCount, (event) => [event.sequence], (event) =>
      AuditEvent.from(event, (event as { state?: ParticipatingStateEntity }).state?.code ?? null, canonicalize(event.summary)!, shown.has(event.id)),
    );
  }

  async verify(actor: Actor, input: VerifyAuditChainInput): Promise<ChainVerdict> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    const from = input.from !== undefined ? this.heldCheckpoint(input.from) : null;
    if (typeof from === 'string') return checkpointRefusal(ChainProblem.CHECKPOINT_UNTRUSTED, from);
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      let to: AuditCheckpointStatement | string | null;
      if (input.to !== undefined) to = this.heldCheckpoint(input.to);
      else to = (await manager.getRepository(AuditCheckpointEntity).find({ order: { sequence: 'DESC' }, take: 1 }))[0]?.envelope.signed ?? null;
      if (typeof to === 'string') return checkpointRefusal(ChainProblem.CHECKPOINT_UNTRUSTED, to);
      if (from && to && from.sequence > to.sequence) {
        return checkpointRefusal(ChainProblem.CHECKPOINT_ORDER, `checkpoint ${from.sequence} comes after checkpoint ${to.sequence}`);
      }
      return verifyChain(manager, from, to);
    });
  }

  /** A checkpoint the caller holds, checked against the signer's keys; the problem in words otherwise. */
  private heldCheckpoint(text: string): AuditCheckpointStatement | string {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return 'the checkpoint is not JSON';
    }
    const checkpoint = verifiedCheckpoint(value, this.checkpoints.keys);
    return typeof checkpoint === 'string' ? checkpoint : checkpoint.signed;
  }

  /** Null for the secretariat (every state); the delegation's own state otherwise. */
  private readableState(actor: Actor): { id: string; code: string } | null {
    if (actor.kind === 'ANONYMOUS') throw unauthenticated();
    if (isDelegation(actor)) return { id: actor.stateId, code: actor.stateCode };
    if (isSecretariat(actor)) return null;
    throw forbidden('The audit trail is for the secretariat and delegations only', AuditErrorReason.AUDIT_PARTICIPANTS_ONLY);
  }
}
