import { Injectable } from '@nestjs/common';

/**
 * The one source of "now" for rules that depend on time (second-factor codes, token lifetimes, digests, reminders),
 * so that tests set the time instead of waiting for it (`jest.spyOn(app.get(Clock), 'now')`).
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
