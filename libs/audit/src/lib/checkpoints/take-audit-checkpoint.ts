import type { EntityManager } from 'typeorm';
import { lockAuditChain } from '../chain/audit.service';
import { AuditCheckpointEntity } from './audit-checkpoint.entity';
import { AUDIT_CHECKPOINT_FORMAT, AuditCheckpointStatement, checkpointBytes, SignedAuditCheckpoint } from './audit-checkpoint-envelope';
import { AuditCheckpointTrigger } from './audit-checkpoint-trigger';
import { CheckpointSigner } from './checkpoint-signer';

/**
 * Signs the chain's head in the caller's transaction and keeps it; the head's existing checkpoint when there is one;
 * null while the chain is empty. Takes the chain lock, so no event can slip in between reading the head and
 * committing: call it after the transaction's own audit events, or expect the checkpoint to precede them.
 */
export async function takeAuditCheckpoint(
  manager: EntityManager,
  signer: Pick<CheckpointSigner, 'sign'>,
  trigger: AuditCheckpointTrigger,
  at: Date,
): Promise<SignedAuditCheckpoint | null> {
  await lockAuditChain(manager);
  const [head] = (await manager.query(`SELECT sequence, hash FROM audit_event ORDER BY sequence DESC LIMIT 1`)) as { sequence: string; hash: string }[];
  if (!head) return null;
  const existing = await manager.findOneBy(AuditCheckpointEntity, { sequence: Number(head.sequence) });
  if (existing) return existing.envelope;
  const signed: AuditCheckpointStatement = { format: AUDIT_CHECKPOINT_FORMAT, sequence: Number(head.sequence), hash: head.hash, at: at.toISOString() };
  const envelope: SignedAuditCheckpoint = { signed, signatures: [signer.sign(checkpointBytes(signed))] };
  await manager.insert(AuditCheckpointEntity, { sequence: signed.sequence, hash: signed.hash, at, trigger, envelope });
  return envelope;
}
