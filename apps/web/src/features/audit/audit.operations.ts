import { graphql } from '../../graphql';

export const AUDIT_LOG = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id sequence occurredAt redacted action actorKind actorId stateCode objectType objectId summary hash } }
    }
  }
`);

export const VERIFY_AUDIT_CHAIN = graphql(`
  query VerifyAuditChain {
    verifyAuditChain { valid checked firstBrokenSequence reason detail }
  }
`);
