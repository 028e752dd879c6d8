import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@concord/audit';
import { EventBus } from '@concord/events';
import { NotificationKind, NotificationsService } from '@concord/notifications';
import { ballotEvent, BallotEventType } from '../events/ballot-events';
import { ballotNotice } from '../events/ballot-notices';
import { systemActor, UserActor } from '@concord/auth';
import { moveProposal, ProposalEntity, ProposalMove, ProposalStatus } from '@concord/proposals';
import { conflict, notFound } from '@concord/shared/graphql';
import { BallotOutcome, BallotStatus } from '../decision/ballot-terms';
import { decide } from '../decision/decide';
import { BallotPositionEntity } from '../positions/ballot-position.entity';
import { BallotEntity } from './ballot.entity';
import { BallotErrorReason } from '../ballot-error-reason';
import { BallotAuditAction } from '../ballot-audit-action';

/** Closing is shared by the secretariat and the scheduler, so the outcome has one author. */
@Injectable()
export class BallotClosing {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Decides and closes in one transaction holding the ballot's row lock: casts queue for the same lock, so each one
   * either commits before the count or finds the ballot closed. `closer` null is the scheduler, which
   * closes only ballots past their deadline and skips any another closer got to first; it returns null then.
   */
  async close(ballotId: string, closer: UserActor | null): Promise<BallotEntity | null> {
    const closedById = closer?.id ?? null;
    return this.db.transaction(async (manager) => {
      const [row] = await manager.query(`SELECT status, closes_at <= clock_timestamp() AS due FROM ballot WHERE id = $1 FOR UPDATE`, [ballotId]);
      if (!row) throw notFound('Ballot', ballotId, BallotErrorReason.BALLOT_NOT_FOUND);
      if (row.status !== BallotStatus.OPEN) {
        if (closedById === null) return null;
        if (row.status === BallotStatus.CANCELLED) throw conflict('This ballot was cancelled', BallotErrorReason.BALLOT_CANCELLED);
        throw conflict('This ballot is already closed', BallotErrorReason.BALLOT_CLOSED);
      }
      if (closedById === null && !row.due) return null;

      const ballot = await manager.findOneByOrFail(BallotEntity, { id: ballotId });
      const standing = await manager.find(BallotPositionEntity, { where: { ballotId }, select: { position: true } });
      const decision = decide(ballot.rule, standing.map((p) => p.position), ballot.eligibleCount, ballot.quorum, ballot.threshold);
      const proposal = await manager
        .getRepository(ProposalEntity)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id: ballot.proposalId })
        .getOneOrFail();
      let outcome: BallotOutcome = decision.outcome;
      let reason: string = decision.reason;
      if (proposal.status === ProposalStatus.VOTING) {
        await moveProposal(manager, proposal, decision.outcome === BallotOutcome.ADOPTED ? ProposalMove.ADOPT : ProposalMove.REJECT);
      } else {
        // The sponsor may withdraw during a ballot (DESIGN §4); the count is kept but decides nothing.
        outcome = BallotOutcome.LAPSED;
        reason = `PROPOSAL_${proposal.status}`;
      }
      const { tally } = decision;
      // A deadline close is dated at the deadline even if the scheduler gets there a moment later: no cast is taken after it.
      await manager.query(
        `UPDATE ballot SET status = 'CLOSED', closed_at = LEAST(clock_timestamp(), closes_at), closed_by_id = $2, outcome = $3,
           outcome_reason = $4, tally_support = $5, tally_abstain = $6, tally_object = $7, tally_reservation = $8, tally_not_voted = $9
         WHERE id = $1`,
        [ballotId, closedById, outcome, reason, tally.support, tally.abstain, tally.object, tally.reservation, tally.notVoted],
      );
      this.events.publishAfterCommit(manager, ballotEvent({ type: BallotEventType.CLOSED, ballotId, proposalId: proposal.id, stateId: null, position: null, outcome }));
      await this.notifications.notify(manager, await ballotNotice(manager, NotificationKind.BALLOT_CLOSED, ballot, { outcome, exceptUserIds: closedById ? [closedById] : [] }));
      await this.audit.record(manager, closer ?? systemActor('ballot-scheduler'), {
        action: BallotAuditAction.BALLOT_CLOSED,
        objectType: 'ballot',
        objectId: ballotId,
        stateId: null,
        summary: { proposalId: proposal.id, reference: proposal.reference, outcome, reason, tally: { ...tally } },
      });
      return manager.findOneByOrFail(BallotEntity, { id: ballotId });
    });
  }

  /** Every open ballot past its deadline, each in its own transaction; returns how many this call closed. */
  async closeOverdue(): Promise<number> {
    const due: { id: string }[] = await this.db.query(
      `SELECT id FROM ballot WHERE status = 'OPEN' AND closes_at <= clock_timestamp() ORDER BY closes_at`,
    );
    let closed = 0;
    for (const { id } of due) if (await this.close(id, null)) closed++;
    return closed;
  }
}
