import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rateLimited } from '@concord/shared/graphql';
import { LoginFailureEntity } from './login-failure.entity';

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/**
 * Counts failed logins per account and per client address over a sliding window, in PostgreSQL, so that guessing is
 * slow whichever instance answers. A success does not wipe the record: an attacker who knows one password must not
 * reset the counter for the others.
 */
@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async assertAllowed(email: string, address: string): Promise<void> {
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE subject = $1)::int AS account,
              count(*) FILTER (WHERE subject = $2)::int AS address
         FROM login_failure
        WHERE subject IN ($1, $2) AND occurred_at > now() - make_interval(secs => $3)`,
      [accountSubject(email), addressSubject(address), LOGIN_WINDOW_SECONDS],
    );
    if (row.account >= MAX_FAILURES_PER_ACCOUNT || row.address >= MAX_FAILURES_PER_ADDRESS) {
      throw rateLimited('Too many failed sign-in attempts; try again later', LOGIN_WINDOW_SECONDS);
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const subjects = [accountSubject(email), addressSubject(address)];
    await this.db.getRepository(LoginFailureEntity).insert(subjects.map((subject) => ({ subject })));
    // Failures older than the window no longer count: drop them so the table stays as small as the attack.
    await this.db.query(
      `DELETE FROM login_failure WHERE subject = ANY($1) AND occurred_at <= now() - make_interval(secs => $2)`,
      [subjects, LOGIN_WINDOW_SECONDS],
    );
  }
}

const accountSubject = (email: string) => `email:${email.trim().toLowerCase()}`;
const addressSubject = (address: string) => `ip:${address}`;
