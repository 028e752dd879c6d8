import { PageArgs } from '@concord/shared/graphql';
import { AuditLogFilter } from './audit-log-filter.input';

export interface AuditLogArgs extends PageArgs {
  filter?: AuditLogFilter;
}
