/**
 * Why requests about notifications are refused (`extensions.reason`). Clients match on the values, so a value never
 * changes; the API merges every library's reasons into the ErrorReason enum.
 */
export enum NotificationErrorReason {
  DEV_OUTBOX_DISABLED = 'DEV_OUTBOX_DISABLED',
  INVALID_WEEKDAY = 'INVALID_WEEKDAY',
}
