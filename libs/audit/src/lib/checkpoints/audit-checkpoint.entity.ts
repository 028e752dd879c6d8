import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { AuditCheckpointTrigger } from './audit-checkpoint-trigger';
import type { SignedAuditCheckpoint } from './audit-checkpoint-envelope';

const bigintAsNumber = { to: (value: number) => value, from: (value: string) => Number(value) };

/**
 * A signed statement of the chain's head. Append-only like the chain (a trigger refuses UPDATE, DELETE and TRUNCATE);
 * its worth is in the copies others hold, which this table only serves.
 */
@Entity('audit_checkpoint')
@Check('audit_checkpoint_hash_hex', `"hash" ~ '^[0-9a-f]{64}$'`)
@Check('audit_checkpoint_sequence_positive', `"sequence" > 0`)
export class AuditCheckpointEntity {
  /** One checkpoint per head: a second one over the same events would say nothing new. */
  @PrimaryColumn({ type: 'bigint', transformer: bigintAsNumber })
  sequence: number;

  @Column({ type: 'char', length: 64 })
  hash: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text' })
  trigger: AuditCheckpointTrigger;

  /** The signed envelope as served; its signatures are over the canonical bytes of `signed`, rebuilt on reading. */
  @Column({ type: 'jsonb' })
  envelope: SignedAuditCheckpoint;
}
