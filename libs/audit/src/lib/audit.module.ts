import { DynamicModule, Global, Module } from '@nestjs/common';
import { AuditTrail, AuthModule } from '@concord/auth';
import { AuditService } from './chain/audit.service';
import { AuditLogService } from './log/audit-log.service';
import { AuditActions, auditLogResolver } from './log/audit.resolver';

export interface AuditModuleOptions {
  /** Every library's …AuditAction merged into one enum, registered for GraphQL as AuditAction. */
  actions: AuditActions;
}

/**
 * Global because every feature that changes state records through it, auth included — and auth, which sits below
 * this library, can only reach it through the AuditTrail port bound here.
 */
@Global()
@Module({
  imports: [AuthModule],
  providers: [AuditService, { provide: AuditTrail, useExisting: AuditService }, AuditLogService],
  exports: [AuditService, AuditTrail],
})
export class AuditModule {
  static forRoot(options: AuditModuleOptions): DynamicModule {
    return { module: AuditModule, providers: [auditLogResolver(options.actions)] };
  }
}
