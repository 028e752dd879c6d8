import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { ChainHead, ChainLink, ChainVerdict, ChainWalk } from './chain-walk';

const BATCH = 1000;

/** An event read in full, as the chain walk takes it. */
export function linkOf(event: AuditEventEntity, contentHash: string | null): ChainLink {
  return {
    id: event.id,
    sequence: event.sequence,
    occurredAt: event.occurredAt,
    chainVersion: event.chainVersion,
    prevHash: event.prevHash,
    hash: event.hash,
    contentHash,
    content: {
      actorKind: event.actorKind,
      actorId: event.actorId,
      stateId: event.stateId,
      action: event.action,
      objectType: event.objectType,
      objectId: event.objectId,
      summary: event.summary,
      salt: event.contentSalt,
    },
  };
}

/**
 * Walks the whole chain in sequence order and recomputes every hash, and checks it against the checkpoints given
 * (see ChainWalk). The first event whose content no longer matches its hash, whose prev_hash is not its
 * predecessor's hash, whose sequence skips, or whose hash is not its checkpoint's, is named. Run it in a
 * REPEATABLE READ transaction so the walk sees one snapshot while writers keep appending.
 */
export async function verifyChain(manager: EntityManager, from: ChainHead | null = null, to: ChainHead | null = null): Promise<ChainVerdict> {
  const walk = new ChainWalk(from, to);
  let next = 1;
  for (;;) {
    const batch = await manager
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.sequence >= :from', { from: next })
      .orderBy('e.sequence', 'ASC')
      .limit(BATCH)
      .getMany();
    for (const event of batch) {
      if (!walk.push(linkOf(event, null))) return walk.verdict();
      next = event.sequence + 1;
    }
    if (batch.length < BATCH) break;
  }
  return walk.verdict();
}
