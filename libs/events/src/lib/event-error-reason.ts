/**
 * Why requests about subscriptions and webhooks are refused (`extensions.reason`). Clients match on the values, so a value never
 * changes; the API merges every library's reasons into the ErrorReason enum.
 */
export enum EventErrorReason {
  API_CLIENTS_ONLY = 'API_CLIENTS_ONLY',
  DELIVERY_NOT_FOUND = 'DELIVERY_NOT_FOUND',
  INSECURE_WEBHOOK_URL = 'INSECURE_WEBHOOK_URL',
  SCOPE_EMPTY = 'SCOPE_EMPTY',
  SCOPE_INVALID_CODE = 'SCOPE_INVALID_CODE',
  SCOPE_INVALID_PREFIX = 'SCOPE_INVALID_PREFIX',
  SCOPE_TOO_LARGE = 'SCOPE_TOO_LARGE',
  WEBHOOK_NOT_FOUND = 'WEBHOOK_NOT_FOUND',
  WEBHOOK_TARGET_NOT_PUBLIC = 'WEBHOOK_TARGET_NOT_PUBLIC',
}
