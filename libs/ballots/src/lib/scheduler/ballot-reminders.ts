import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationKind, NotificationsService } from '@concord/notifications';
import { Clock } from '@concord/shared/config';
import { ballotNotice } from '../events/ballot-notices';

/** A state that has taken no position is reminded once the ballot closes within this. */
export const REMINDER_BEFORE_MS = 24 * 3600 * 1000;

/**
 * Reminds the heads (and acting heads) of states that have no position in a ballot closing within a day. Each
 * reminder is one (ballot, state) row inserted in the transaction that notifies: the key sends it once across
 * instances and sweeps.
 */
@Injectable()
export class BallotReminders {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** Returns how many states were reminded. */
  async remindDue(now = this.clock.now()): Promise<number> {
    const due: { ballot_id: string; state_id: string }[] = await this.db.query(
      `SELECT b.id AS ballot_id, e.state_id FROM ballot b
         JOIN ballot_eligible_state e ON e.ballot_id = b.id
        WHERE b.status = 'OPEN' AND b.closes_at > $1 AND b.closes_at <= $2
          AND NOT EXISTS (SELECT 1 FROM ballot_position p WHERE p.ballot_id = b.id AND p.state_id = e.state_id)
          AND NOT EXISTS (SELECT 1 FROM ballot_reminder r WHERE r.ballot_id = b.id AND r.state_id = e.state_id)`,
      [now, new Date(now.getTime() + REMINDER_BEFORE_MS)],
    );
    let reminded = 0;
    for (const row of due) {
      const sent = await this.db.transaction(async (manager) => {
        const [inserted] = (await manager.query(
          `INSERT INTO ballot_reminder (ballot_id, state_id, reminded_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING ballot_id`,
          [row.ballot_id, row.state_id, now],
        )) as unknown[];
        if (!inserted) return false;
        const [ballot] = await manager.query(`SELECT id, proposal_id AS "proposalId", closes_at AS "closesAt" FROM ballot WHERE id = $1`, [row.ballot_id]);
        await this.notifications.notify(
          manager,
          await ballotNotice(manager, NotificationKind.BALLOT_CLOSING, ballot, { recipients: { kind: 'HEADS', stateIds: [row.state_id], at: now } }),
        );
        return true;
      });
      if (sent) reminded += 1;
    }
    return reminded;
  }
}
