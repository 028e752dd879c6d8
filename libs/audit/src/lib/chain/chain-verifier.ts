import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { chainHash, GENESIS_HASH } from './chain-hash';

export type BrokenLinkReason = 'SEQUENCE_GAP' | 'PREV_HASH_MISMATCH' | 'HASH_MISMATCH';

export interface ChainVerdict {
  valid: boolean;
  checked: number;
  firstBrokenSequence: number | null;
  firstBrokenEventId: string | null;
  reason: BrokenLinkReason | null;
  detail: string | null;
}

const BATCH = 1000;

/**
 * Walks the whole chain in sequence order and recomputes every hash. The first event whose content no longer matches
 * its hash, whose prev_hash is not its predecessor's hash, or whose sequence skips, is named. Run it in a
 * REPEATABLE READ transaction so the walk sees one snapshot while writers keep appending.
 */
export async function verifyChain(manager: EntityManager): Promise<ChainVerdict> {
  let expectedPrev = GENESIS_HASH;
  let expectedSequence = 1;
  let checked = 0;
  for (;;) {
    const batch = await manager
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.sequence >= :from', { from: expectedSequence })
      .orderBy('e.sequence', 'ASC')
      .limit(BATCH)
      .getMany();
    for (const event of batch) {
      const broken = brokenLink(event, expectedSequence, expectedPrev);
      if (broken) {
        return { valid: false, checked, firstBrokenSequence: event.sequence, firstBrokenEventId: event.id, ...broken };
      }
      checked += 1;
      expectedSequence = event.sequence + 1;
      expectedPrev = event.hash;
    }
    if (batch.length < BATCH) break;
  }
  return { valid: true, checked, firstBrokenSequence: null, firstBrokenEventId: null, reason: null, detail: null };
}

function brokenLink(
  event: AuditEventEntity,
  expectedSequence: number,
  expectedPrev: string,
): { reason: BrokenLinkReason; detail: string } | undefined {
  if (event.sequence !== expectedSequence) {
    return { reason: 'SEQUENCE_GAP', detail: `expected event ${expectedSequence}, found ${event.sequence}: events are missing` };
  }
  if (event.prevHash !== expectedPrev) {
    return { reason: 'PREV_HASH_MISMATCH', detail: `event ${event.sequence} does not point at the hash of the event before it` };
  }
  if (chainHash(event.prevHash, event) !== event.hash) {
    return { reason: 'HASH_MISMATCH', detail: `event ${event.sequence} was altered: its content no longer matches its hash` };
  }
  return undefined;
}
