import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@concord/audit';
import { EventBus } from '@concord/events';
import { ballotEvent, BallotEventType } from '../events/ballot-events';
import { AccessPolicy, ActingHeadsService, ActingStanding, Actor, isDelegation, Permission, Role, StateStatus, UserActor } from '@concord/auth';
import { ProposalStatus } from '@concord/proposals';
import { conflict, forbidden, groupByKeys, notFound, unauthenticated } from '@concord/shared/graphql';
import { BallotStatus, CastCapacity } from '../decision/ballot-terms';
import { BallotPositionChangeEntity } from './ballot-position-change.entity';
import { BallotPositionEntity } from './ballot-position.entity';
import { CastPositionInput } from './cast-position.input';
import { BallotErrorReason } from '../ballot-error-reason';
import { BallotAuditAction } from '../ballot-audit-action';

@Injectable()
export class PositionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly actingHeads: ActingHeadsService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  /**
   * Takes or changes the actor's state's one position. Casts and the close queue for the ballot row's exclusive lock,
   * so each cast commits before the count or finds the ballot closed. (A share lock would let a steady stream of casts
   * keep the close waiting: PostgreSQL admits new sharers ahead of a queued exclusive locker.) Casts of one ballot are
   * short and a regime has a few dozen states, so serialising them costs nothing that matters.
   */
  async cast(actor: Actor, input: CastPositionInput): Promise<BallotPositionEntity> {
    const head = this.assertDelegationMember(actor);
    return this.db.transaction(async (manager) => {
      const [ballot] = await manager.query(
        `SELECT b.status, b.closes_at, b.proposal_id, p.status AS proposal_status FROM ballot b JOIN proposal p ON p.id = b.proposal_id
         WHERE b.id = $1 FOR UPDATE OF b`,
        [input.ballotId],
      );
      if (!ballot) throw notFound('Ballot', input.ballotId, BallotErrorReason.BALLOT_NOT_FOUND);
      // Read after the lock is held, so a cast accepted here is dated before any close that follows it.
      const [{ now }] = await manager.query(`SELECT clock_timestamp() AS now`);
      const capacity = await this.capacityOf(manager, head, now);
      if (ballot.status === BallotStatus.CANCELLED) throw conflict('The ballot was cancelled', BallotErrorReason.BALLOT_CANCELLED);
      if (ballot.status !== BallotStatus.OPEN || now >= ballot.closes_at) throw conflict('The ballot is closed', BallotErrorReason.BALLOT_CLOSED);
      if (ballot.proposal_status !== ProposalStatus.VOTING) {
        throw conflict('The proposal was withdrawn: the ballot decides nothing any more', BallotErrorReason.PROPOSAL_WITHDRAWN);
      }
      const [eligibility] = await manager.query(
        `SELECT s.status FROM ballot_eligible_state e JOIN participating_state s ON s.id = e.state_id WHERE e.ballot_id = $1 AND e.state_id = $2`,
        [input.ballotId, head.stateId],
      );
      if (eligibility?.status !== StateStatus.ACTIVE) {
        throw forbidden(
          eligibility ? `${head.stateCode} is not ACTIVE at the moment and cannot take a position` : `${head.stateCode} was not an ACTIVE state when the ballot opened`,
          BallotErrorReason.STATE_NOT_ACTIVE,
        );
      }
      const statement = input.statement?.trim() || null;
      // Casting the standing position again changes nothing and adds nothing to the history.
      const [changed] = await manager.query(
        `INSERT INTO ballot_position AS current (ballot_id, state_id, position, statement, cast_by_id, cast_at, cast_capacity, changes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1)
         ON CONFLICT (ballot_id, state_id) DO UPDATE
           SET position = EXCLUDED.position, statement = EXCLUDED.statement, cast_by_id = EXCLUDED.cast_by_id,
               cast_at = EXCLUDED.cast_at, cast_capacity = EXCLUDED.cast_capacity, changes = current.changes + 1
           WHERE (current.position, current.statement) IS DISTINCT FROM (EXCLUDED.position, EXCLUDED.statement)
         RETURNING changes`,
        [input.ballotId, head.stateId, input.position, statement, head.id, now, capacity],
      );
      if (changed) {
        await manager.insert(BallotPositionChangeEntity, {
          ballotId: input.ballotId,
          stateId: head.stateId,
          change: changed.changes,
          position: input.position,
          statement,
          castById: head.id,
          castAt: now,
          castCapacity: capacity,
        });
        this.events.publishAfterCommit(manager, ballotEvent({ type: BallotEventType.POSITION_CHANGED, ballotId: input.ballotId, proposalId: ballot.proposal_id, stateId: head.stateId, position: input.position, outcome: null }));
        await this.audit.record(manager, actor, {
          action: BallotAuditAction.BALLOT_POSITION_CAST,
          objectType: 'ballot',
          objectId: input.ballotId,
          summary: { position: input.position, statement, change: changed.changes, capacity },
        });
      }
      return manager.findOneByOrFail(BallotPositionEntity, { ballotId: input.ballotId, stateId: head.stateId });
    });
  }

  readonly positionsOf = () =>
    new DataLoader<string, BallotPositionEntity[]>(async (ballotIds) => {
      const rows = await this.db.getRepository(BallotPositionEntity).find({ where: { ballotId: In([...ballotIds]) }, order: { castAt: 'ASC' } });
      return groupByKeys(ballotIds, rows, (row) => row.ballotId);
    });

  /** Keyed by ballot, so one query serves the history of every position shown. */
  readonly changesOf = () =>
    new DataLoader<string, BallotPositionChangeEntity[]>(async (ballotIds) => {
      const rows = await this.db
        .getRepository(BallotPositionChangeEntity)
        .find({ where: { ballotId: In([...ballotIds]) }, order: { stateId: 'ASC', change: 'ASC' } });
      return groupByKeys(ballotIds, rows, (row) => row.ballotId);
    });

  /** The resolver admits every participant; the capacity is decided here, against the clock of the cast. */
  private assertDelegationMember(actor: Actor) {
    if (actor.kind === 'ANONYMOUS') throw unauthenticated();
    if (!this.access.allows(actor, Permission.CAST_POSITION) || !isDelegation(actor)) {
      throw forbidden("Only a head of delegation (or the acting head it named) takes its state's position", BallotErrorReason.NOT_HEAD_OF_DELEGATION);
    }
    return actor;
  }

  /** A head always speaks for its state; a delegate only as acting head, inside the window its head named. */
  private async capacityOf(manager: EntityManager, member: UserActor & { stateId: string }, now: Date): Promise<CastCapacity> {
    if (member.role === Role.HEAD_OF_DELEGATION) return CastCapacity.HEAD_OF_DELEGATION;
    const standing = await this.actingHeads.standingAt(manager, member, now);
    if (standing === ActingStanding.IN_WINDOW) return CastCapacity.ACTING_HEAD;
    if (standing === ActingStanding.OUTSIDE_WINDOW) {
      throw forbidden('Your appointment as acting head is not in force at this moment: only inside its window do you take the state\'s position', BallotErrorReason.OUTSIDE_ACTING_WINDOW);
    }
    throw forbidden("Only the head of delegation, or a delegate it named acting head, takes the state's position", BallotErrorReason.NOT_HEAD_OF_DELEGATION);
  }
}
