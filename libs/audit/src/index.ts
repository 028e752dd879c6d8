import { AuditEventEntity } from './lib/chain/audit-event.entity';
import { AuditCheckpointEntity } from './lib/checkpoints/audit-checkpoint.entity';

export * from './lib/audit.module';
export * from './lib/chain/audit-event.entity';
export * from './lib/chain/audit.service';
export * from './lib/chain/chain-hash';
export * from './lib/chain/chain-verifier';
export * from './lib/chain/chain-walk';
export * from './lib/checkpoints/audit-checkpoint.entity';
export * from './lib/checkpoints/audit-checkpoint-envelope';
export * from './lib/checkpoints/audit-checkpoint-scheduler';
export * from './lib/checkpoints/audit-checkpoint-trigger';
export * from './lib/checkpoints/audit-checkpoint.service';
export * from './lib/checkpoints/checkpoint-signer';
export * from './lib/checkpoints/take-audit-checkpoint';
export * from './lib/audit-error-reason';

export const AUDIT_ENTITIES = [AuditEventEntity, AuditCheckpointEntity];
