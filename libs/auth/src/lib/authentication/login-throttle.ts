import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@concord/shared/config';
import { rateLimited } from '@concord/shared/graphql';
import { LoginFailureEntity } from './login-failure.entity';

export const LOGIN_WINDOW_SECONDS = 15 * 60;
/** Failures an account may have in the window before each further attempt must wait. */
export const FREE_ACCOUNT_FAILURES = 5;
/** The first wait once an account is over its free failures; it doubles with each further failure, up to the window. */
export const ACCOUNT_BACKOFF_SECONDS = 30;
/** Failures from one address in the window after which that address is slowed down. */
export const ADDRESS_FAILURE_THRESHOLD = 20;
/**
 * A slowed-down address may try again this long after its last failure: guessing from it becomes slow (one guess per
 * interval), while a person of the same office who knows their password (and code) waits seconds, not the window.
 */
export const ADDRESS_DELAY_SECONDS = 10;

export enum FailureKind {
  /** Unknown email or wrong password: counts against the account and the address. */
  CREDENTIALS = 'CREDENTIALS',
  /** Right password, wrong second-factor code: counts against the account only. */
  SECOND_FACTOR = 'SECOND_FACTOR',
}

/**
 * Sign-in limits that slow guessing without locking an office out, kept in PostgreSQL so that they hold across
 * instances and restarts. Per account: free failures, then an exponential backoff. Per address: only failures of
 * credentials count, and past the threshold the address gets a short delay between attempts rather than a lock. A
 * success does not wipe the record: knowing one password must not reset the counter for the others.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async assertAllowed(email: string, address: string): Promise<void> {
    const now = this.clock.now();
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE subject = $1)::int AS account, max(occurred_at) FILTER (WHERE subject = $1) AS account_last,
              count(*) FILTER (WHERE subject = $2)::int AS address, max(occurred_at) FILTER (WHERE subject = $2) AS address_last
         FROM login_failure
        WHERE subject IN ($1, $2) AND occurred_at > $3::timestamptz - make_interval(secs => $4) AND occurred_at <= $3::timestamptz`,
      [accountSubject(email), addressSubject(address), now, LOGIN_WINDOW_SECONDS],
    );
    const waits = [0];
    if (row.account >= FREE_ACCOUNT_FAILURES) {
      const backoff = Math.min(ACCOUNT_BACKOFF_SECONDS * 2 ** (row.account - FREE_ACCOUNT_FAILURES), LOGIN_WINDOW_SECONDS);
      waits.push(secondsLeft(row.account_last, backoff, now));
    }
    if (row.address >= ADDRESS_FAILURE_THRESHOLD) waits.push(secondsLeft(row.address_last, ADDRESS_DELAY_SECONDS, now));
    const wait = Math.max(...waits);
    if (wait > 0) throw rateLimited(`Too many failed sign-in attempts; try again in ${wait} seconds`, wait);
  }

  async recordFailure(email: string, address: string, kind: FailureKind): Promise<void> {
    const subjects = kind === FailureKind.CREDENTIALS ? [accountSubject(email), addressSubject(address)] : [accountSubject(email)];
    const now = this.clock.now();
    await this.db.getRepository(LoginFailureEntity).insert(subjects.map((subject) => ({ subject, occurredAt: now })));
    // Failures older than the window no longer count: drop them so the table stays as small as the attack.
    await this.db.query(
      `DELETE FROM login_failure WHERE subject = ANY($1) AND occurred_at <= $2::timestamptz - make_interval(secs => $3)`,
      [subjects, now, LOGIN_WINDOW_SECONDS],
    );
  }
}

function secondsLeft(last: Date | string | null, waitSeconds: number, now: Date): number {
  if (!last) return 0;
  return Math.max(0, Math.ceil((new Date(last).getTime() + waitSeconds * 1000 - now.getTime()) / 1000));
}

const accountSubject = (email: string) => `email:${email.trim().toLowerCase()}`;
const addressSubject = (address: string) => `ip:${address}`;
