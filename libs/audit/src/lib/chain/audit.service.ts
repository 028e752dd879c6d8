import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditActor, AuditEventInput, AuditTrail } from '@concord/auth';
import { AuditEventEntity } from './audit-event.entity';
import { ChainedFields, ChainVersion, contentHash, GENESIS_HASH, linkHash, normalizedSummary } from './chain-hash';

/**
 * Held from reading the chain head until the caller's transaction ends, so concurrent writers append one after the
 * other. Call record() last in a transaction: every other writer waits on this lock until the caller commits.
 */
export async function lockAuditChain(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('concord:audit-chain'))`);
}

/** Appends to the hash-chained audit trail (DESIGN §8). Stateless: constructible outside Nest (CLI, seeds). */
@Injectable()
export class AuditService extends AuditTrail {
  override async record(manager: EntityManager, actor: AuditActor, event: AuditEventInput): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`Audit event ${event.action} must be recorded inside the transaction that makes the change`);
    }
    await lockAuditChain(manager);
    const [head] = (await manager.query(`SELECT sequence, hash FROM audit_event ORDER BY sequence DESC LIMIT 1`)) as {
      sequence: string;
      hash: string;
    }[];
    const prevHash = head?.hash ?? GENESIS_HASH;
    const fields: ChainedFields = {
      id: randomUUID(),
      sequence: head ? Number(head.sequence) + 1 : 1,
      occurredAt: new Date(),
      actorKind: actor.kind,
      actorId: actor.kind === 'ANONYMOUS' ? null : actor.id,
      stateId: event.stateId !== undefined ? event.stateId : stateOf(actor),
      action: event.action,
      objectType: event.objectType,
      objectId: event.objectId,
      summary: normalizedSummary(event.summary),
    };
    const contentSalt = randomBytes(16).toString('hex');
    const hash = linkHash({ ...fields, prevHash, contentHash: contentHash(fields, contentSalt) });
    const row = { ...fields, privateUntil: event.privateUntil ?? null, chainVersion: ChainVersion.CONTENT_DIGEST, contentSalt, prevHash, hash };
    await manager.insert(AuditEventEntity, row as QueryDeepPartialEntity<AuditEventEntity>);
  }
}

function stateOf(actor: AuditActor): string | null {
  return actor.kind === 'USER' || actor.kind === 'API_CLIENT' ? actor.stateId : null;
}
