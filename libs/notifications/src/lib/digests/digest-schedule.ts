import { Delivery, Weekday } from '../notices/notification-kind';

/** Digests go out at this hour, UTC: early in Europe, the afternoon in Asia, the night before in the Americas. */
export const DIGEST_HOUR_UTC = 6;

/** When a notification made at `at` goes out in a digest: the next digest hour (on the chosen weekday for WEEKLY). */
export function digestDueAt(delivery: Delivery.DAILY | Delivery.WEEKLY, at: Date, weekday: Weekday = Weekday.MONDAY): Date {
  const due = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), DIGEST_HOUR_UTC));
  if (due.getTime() <= at.getTime()) due.setUTCDate(due.getUTCDate() + 1);
  if (delivery === Delivery.WEEKLY) {
    const isoDay = ((due.getUTCDay() + 6) % 7) + 1;
    due.setUTCDate(due.getUTCDate() + ((weekday - isoDay + 7) % 7));
  }
  return due;
}
