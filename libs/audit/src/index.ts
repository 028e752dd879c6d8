import { AuditEventEntity } from './lib/chain/audit-event.entity';

export * from './lib/audit.module';
export * from './lib/chain/audit-event.entity';
export * from './lib/chain/audit.service';
export * from './lib/chain/chain-hash';
export * from './lib/chain/chain-verifier';
export * from './lib/audit-error-reason';

export const AUDIT_ENTITIES = [AuditEventEntity];
