import { Global, Module } from '@nestjs/common';
import { AuditTrail, AuthModule } from '@concord/auth';
import { AuditService } from './chain/audit.service';
import { AuditLogService } from './log/audit-log.service';
import { AuditResolver } from './log/audit.resolver';

/**
 * Global because every feature that changes state records through it, auth included — and auth, which sits below
 * this library, can only reach it through the AuditTrail port bound here.
 */
@Global()
@Module({
  imports: [AuthModule],
  providers: [AuditService, { provide: AuditTrail, useExisting: AuditService }, AuditLogService, AuditResolver],
  exports: [AuditService, AuditTrail],
})
export class AuditModule {}
