import { Delivery, Weekday } from '../notices/notification-kind';
import { digestDueAt } from './digest-schedule';

describe('digestDueAt', () => {
  it('sends a daily digest at the next 06:00 UTC, and a weekly one at 06:00 UTC on the chosen day', () => {
    // Wednesday 2026-12-02.
    expect(digestDueAt(Delivery.DAILY, new Date('2026-12-02T05:59:00Z')).toISOString()).toBe('2026-12-02T06:00:00.000Z');
    expect(digestDueAt(Delivery.DAILY, new Date('2026-12-02T06:00:00Z')).toISOString()).toBe('2026-12-03T06:00:00.000Z');
    expect(digestDueAt(Delivery.WEEKLY, new Date('2026-12-02T10:00:00Z'), Weekday.FRIDAY).toISOString()).toBe('2026-12-04T06:00:00.000Z');
    expect(digestDueAt(Delivery.WEEKLY, new Date('2026-12-02T10:00:00Z'), Weekday.WEDNESDAY).toISOString()).toBe('2026-12-09T06:00:00.000Z');
    expect(digestDueAt(Delivery.WEEKLY, new Date('2026-12-02T05:00:00Z'), Weekday.WEDNESDAY).toISOString()).toBe('2026-12-02T06:00:00.000Z');
    expect(digestDueAt(Delivery.WEEKLY, new Date('2026-12-06T12:00:00Z'), Weekday.MONDAY).toISOString()).toBe('2026-12-07T06:00:00.000Z');
  });
});
