/**
 * What the audit trail records for accounts, sessions, states and API clients. The values are stored in the hash-chained trail and filtered on, so a
 * value never changes; the API merges every library's actions into the AuditAction enum.
 */
export enum AuthAuditAction {
  ACTING_HEAD_APPOINTED = 'acting_head.appointed',
  ACTING_HEAD_REVOKED = 'acting_head.revoked',
  API_CLIENT_CREATED = 'api_client.created',
  API_CLIENT_REVOKED = 'api_client.revoked',
  SESSION_REFRESH_REUSED = 'session.refresh_reused',
  SESSION_REVOKED = 'session.revoked',
  STATE_CREATED = 'state.created',
  STATE_UPDATED = 'state.updated',
  USER_CREATED = 'user.created',
  USER_INVITED = 'user.invited',
  USER_PASSWORD_CHANGED = 'user.password_changed',
  USER_PASSWORD_RESET = 'user.password_reset',
  USER_PASSWORD_RESET_REQUESTED = 'user.password_reset_requested',
  USER_PREFERENCES_UPDATED = 'user.preferences_updated',
  USER_SECOND_FACTOR_ENROLLED = 'user.second_factor_enrolled',
  USER_SECOND_FACTOR_REMOVED = 'user.second_factor_removed',
  USER_SIGNED_OUT_EVERYWHERE = 'user.signed_out_everywhere',
  USER_UPDATED = 'user.updated',
}
