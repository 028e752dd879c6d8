import { DynamicModule, Global, Module } from '@nestjs/common';
import { AuditTrail, AuthModule } from '@concord/auth';
import { CONCORD_CONFIG, ConcordConfig } from '@concord/shared/config';
import { AuditService } from './chain/audit.service';
import { AuditCheckpointController } from './checkpoints/audit-checkpoint.controller';
import { AuditCheckpointResolver } from './checkpoints/audit-checkpoint.resolver';
import { AuditCheckpointScheduler } from './checkpoints/audit-checkpoint-scheduler';
import { AuditCheckpointService } from './checkpoints/audit-checkpoint.service';
import { CheckpointSigner } from './checkpoints/checkpoint-signer';
import { AuditLogService } from './log/audit-log.service';
import { AuditActions, auditLogResolver } from './log/audit.resolver';

export interface AuditModuleOptions {
  /** Every library's …AuditAction merged into one enum, registered for GraphQL as AuditAction. */
  actions: AuditActions;
  /** The key checkpoints are signed with: the secretariat's release keyring, which lives above this library. */
  checkpointSigner: (config: ConcordConfig) => CheckpointSigner;
}

/**
 * Global because every feature that changes state records through it, auth included — and auth, which sits below
 * this library, can only reach it through the AuditTrail port bound here.
 */
@Global()
@Module({
  imports: [AuthModule],
  providers: [AuditService, { provide: AuditTrail, useExisting: AuditService }],
  exports: [AuditService, AuditTrail],
})
export class AuditModule {
  static forRoot(options: AuditModuleOptions): DynamicModule {
    return {
      module: AuditModule,
      controllers: [AuditCheckpointController],
      providers: [
        { provide: CheckpointSigner, useFactory: options.checkpointSigner, inject: [CONCORD_CONFIG] },
        AuditLogService,
        AuditCheckpointService,
        AuditCheckpointScheduler,
        AuditCheckpointResolver,
        auditLogResolver(options.actions),
      ],
      exports: [AuditCheckpointService, AuditCheckpointScheduler],
    };
  }
}
