import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@concord/audit';
import { AccessPolicy, Actor, isDelegation, ParticipatingStateEntity, Permission, StateStatus, UserActor } from '@concord/auth';
import { EventBus } from '@concord/events';
import { NotificationKind, NotificationsService } from '@concord/notifications';
import { assertRevisionApplies, currentRevision, moveProposal, ProposalEntity, ProposalMove, ProposalsService, ProposalStatus } from '@concord/proposals';
import { badInput, conflict, Connection, decodeCursor, exactTimestampSql, forbidden, groupByKeys, notFound, pageSize, toConnection } from '@concord/shared/graphql';
import { BallotRule, BallotStatus, DEFAULT_QUORUM, DEFAULT_THRESHOLD } from '../decision/ballot-terms';
import { ballotEvent, BallotEventType } from '../events/ballot-events';
import { ballotNotice } from '../events/ballot-notices';
import { BallotClosing } from './ballot-closing';
import { BallotEligibleStateEntity } from './ballot-eligible-state.entity';
import { BallotEntity } from './ballot.entity';
import { BallotsArgs } from './ballots.args';
import { CancelBallotInput } from './cancel-ballot.input';
import { CloseBallotInput } from './close-ballot.input';
import { ExtendBallotInput } from './extend-ballot.input';
import { OpenBallotInput } from './open-ballot.input';
import { BallotErrorReason } from '../ballot-error-reason';
import { BallotAuditAction } from '../ballot-audit-action';

/** A ballot longer than this is a typo, not a procedure. */
const LONGEST_BALLOT_MS = 366 * 24 * 3600 * 1000;

@Injectable()
export class BallotsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly proposals: ProposalsService,
    private readonly closing: BallotClosing,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly notifications: NotificationsService,
  ) {}

  /** Ballots are deliberations: people of the regime only, never machine clients (DESIGN §7). */
  assertReader(actor: Actor): void {
    this.access.assert(actor, Permission.READ_DELIBERATIONS);
  }

  async byId(actor: Actor, id: string): Promise<BallotEntity> {
    this.assertReader(actor);
    const ballot = await this.db.getRepository(BallotEntity).findOneBy({ id });
    if (!ballot) throw notFound('Ballot', id, BallotErrorReason.BALLOT_NOT_FOUND);
    await this.proposals.byId(actor, ballot.proposalId);
    return ballot;
  }

  /** Newest first. Ballots are held on submitted proposals only, which every participant sees. */
  async list(actor: Actor, args: BallotsArgs): Promise<Connection<BallotEntity>> {
    this.assertReader(actor);
    const filter = args.filter ?? {};
    const size = pageSize(args.first);
    const query = this.db.getRepository(BallotEntity).createQueryBuilder('b');
    if (filter.status) query.andWhere('b.status = :status', { status: filter.status });
    if (filter.proposalId) query.andWhere('b.proposal_id = :proposalId', { proposalId: filter.proposalId });
    if (filter.awaitingPositionFrom) {
      query.andWhere(
        `b.status = 'OPEN' AND EXISTS (SELECT 1 FROM ballot_eligible_state e JOIN participating_state s ON s.id = e.state_id
           WHERE e.ballot_id = b.id AND s.code = :awaiting
             AND NOT EXISTS (SELECT 1 FROM ballot_position p WHERE p.ballot_id = b.id AND p.state_id = e.state_id))`,
        { awaiting: filter.awaitingPositionFrom },
      );
    }
    const totalCount = await query.getCount();
    const after = decodeCursor(args.after, 2) as [string, string] | undefined;
    if (after) query.andWhere('(b.opened_at, b.id) < (:afterTime::timestamptz, :afterId::uuid)', { afterTime: after[0], afterId: after[1] });
    const { entities, raw } = await query
      .addSelect(exactTimestampSql('b.opened_at'), 'cursor_time')
      .orderBy('b.openedAt', 'DESC')
      .addOrderBy('b.id', 'DESC')
      .limit(size + 1)
      .getRawAndEntities();
    const rows = entities.map((ballot, index) => ({ ballot, time: raw[index].cursor_time as string }));
    return toConnection(rows, size, totalCount, (row) => [row.time, row.ballot.id], (row) => row.ballot);
  }

  /** Open ballots where the caller's state may take a position and has none yet, soonest deadline first. */
  async pendingFor(actor: Actor): Promise<BallotEntity[]> {
    this.assertReader(actor);
    if (!isDelegation(actor)) throw forbidden('Only delegations take positions: the secretariat has none pending', BallotErrorReason.NOT_A_DELEGATION);
    return this.db
      .getRepository(BallotEntity)
      .createQueryBuilder('b')
      .innerJoin(BallotEligibleStateEntity, 'e', 'e.ballot_id = b.id AND e.state_id = :state', { state: actor.stateId })
      .where(`b.status = 'OPEN' AND b.closes_at > now()`)
      .andWhere('NOT EXISTS (SELECT 1 FROM ballot_position p WHERE p.ballot_id = b.id AND p.state_id = :state)')
      .orderBy('b.closesAt', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getMany();
  }

  /**
   * Puts the proposal's current revision to the vote of the states ACTIVE now, and freezes the proposal — only if the
   * revision passes the one check and still applies to the release in force, so an adopted text can be published.
   */
  async open(actor: Actor, input: OpenBallotInput): Promise<BallotEntity> {
    const secretary = this.assertSecretariat(actor);
    const { quorum, threshold } = ruleParameters(input);
    assertDeadline(input.closesAt, Date.now(), 'closesAt must be in the future, and within a year');
    return this.db.transaction(async (manager) => {
      const proposal = await this.proposals.byId(actor, input.proposalId, manager, true);
      if (proposal.status === ProposalStatus.VOTING) throw conflict('This proposal is already being voted on', BallotErrorReason.BALLOT_ALREADY_OPEN);
      if (input.expectedRevision !== undefined && input.expectedRevision !== proposal.currentRevision) {
        throw conflict(
          `You meant revision ${input.expectedRevision}, but the proposal is at revision ${proposal.currentRevision}: reload and open again`,
          BallotErrorReason.STALE_REVISION,
        );
      }
      await moveProposal(manager, proposal, ProposalMove.OPEN_BALLOT);
      await assertRevisionApplies(manager, await currentRevision(manager, proposal));
      const eligible = await manager.find(ParticipatingStateEntity, { where: { status: StateStatus.ACTIVE }, select: { id: true } });
      if (!eligible.length) throw conflict('No participating state is ACTIVE: nobody could vote', BallotErrorReason.NO_ACTIVE_STATES);
      const { identifiers } = await manager.insert(BallotEntity, {
        proposalId: proposal.id,
        revisionNumber: proposal.currentRevision,
        rule: input.rule,
        status: BallotStatus.OPEN,
        quorum,
        threshold,
        eligibleCount: eligible.length,
        openedById: secretary.id,
        closesAt: input.closesAt,
      });
      const ballotId = identifiers[0]['id'] as string;
      await manager.insert(BallotEligibleStateEntity, eligible.map((state) => ({ ballotId, stateId: state.id })));
      const ballot = await manager.findOneByOrFail(BallotEntity, { id: ballotId });
      this.announce(manager, BallotEventType.OPENED, ballot);
      await this.notifications.notify(manager, await ballotNotice(manager, NotificationKind.BALLOT_OPENED, ballot, { exceptUserIds: [secretary.id] }));
      await this.audit.record(manager, actor, {
        action: BallotAuditAction.BALLOT_OPENED,
        objectType: 'ballot',
        objectId: ballot.id,
        summary: { proposalId: proposal.id, reference: proposal.reference, revision: ballot.revisionNumber, rule: ballot.rule, closesAt: ballot.closesAt.toISOString(), quorum, threshold, eligibleCount: ballot.eligibleCount },
      });
      return ballot;
    });
  }

  async close(actor: Actor, input: CloseBallotInput): Promise<BallotEntity> {
    return (await this.closing.close(input.ballotId, this.assertSecretariat(actor)))!;
  }

  /** A later deadline only, while the ballot is open: states get more time, never less. */
  async extend(actor: Actor, input: ExtendBallotInput): Promise<BallotEntity> {
    this.assertSecretariat(actor);
    return this.db.transaction(async (manager) => {
      const ballot = await this.lockOpen(manager, input.ballotId);
      if (!(input.closesAt > ballot.closesAt)) {
        throw badInput(`The new deadline must be later than the current one, ${ballot.closesAt.toISOString()}`, BallotErrorReason.DEADLINE_NOT_LATER, [
          { field: 'closesAt', message: 'must be later than the current deadline' },
        ]);
      }
      assertDeadline(input.closesAt, ballot.openedAt.getTime(), 'a ballot lasts at most a year from its opening');
      await manager.update(BallotEntity, { id: ballot.id }, { closesAt: input.closesAt });
      const extended = await manager.findOneByOrFail(BallotEntity, { id: ballot.id });
      this.announce(manager, BallotEventType.EXTENDED, extended);
      await this.audit.record(manager, actor, {
        action: BallotAuditAction.BALLOT_EXTENDED,
        objectType: 'ballot',
        objectId: ballot.id,
        stateId: null,
        summary: { proposalId: ballot.proposalId, from: ballot.closesAt.toISOString(), to: extended.closesAt.toISOString() },
      });
      return extended;
    });
  }

  /** Ends an open ballot with no outcome; the proposal goes back under review (unless its sponsor withdrew it). */
  async cancel(actor: Actor, input: CancelBallotInput): Promise<BallotEntity> {
    const secretary = this.assertSecretariat(actor);
    return this.db.transaction(async (manager) => {
      const ballot = await this.lockOpen(manager, input.ballotId);
      const proposal = await manager.getRepository(ProposalEntity).findOneOrFail({ where: { id: ballot.proposalId }, lock: { mode: 'pessimistic_write' } });
      if (proposal.status === ProposalStatus.VOTING) await moveProposal(manager, proposal, ProposalMove.CANCEL_BALLOT);
      const reason = input.reason.trim();
      await manager.query(`UPDATE ballot SET status = 'CANCELLED', closed_at = clock_timestamp(), closed_by_id = $2, cancel_reason = $3 WHERE id = $1`, [
        ballot.id,
        secretary.id,
        reason,
      ]);
      const cancelled = await manager.findOneByOrFail(BallotEntity, { id: ballot.id });
      this.announce(manager, BallotEventType.CANCELLED, cancelled);
      await this.audit.record(manager, actor, {
        action: BallotAuditAction.BALLOT_CANCELLED,
        objectType: 'ballot',
        objectId: ballot.id,
        stateId: null,
        summary: { proposalId: proposal.id, reference: proposal.reference, reason },
      });
      return cancelled;
    });
  }

  /** Every ballot of each proposal, newest first. */
  readonly allOfProposal = () =>
    new DataLoader<string, BallotEntity[]>(async (proposalIds) => {
      const rows = await this.db.getRepository(BallotEntity).find({ where: { proposalId: In([...proposalIds]) }, order: { openedAt: 'DESC', id: 'DESC' } });
      return groupByKeys(proposalIds, rows, (row) => row.proposalId);
    });

  /** The states eligible in each ballot, by id. */
  readonly eligibleOf = () =>
    new DataLoader<string, string[]>(async (ballotIds) => {
      const rows = await this.db.getRepository(BallotEligibleStateEntity).find({ where: { ballotId: In([...ballotIds]) } });
      return groupByKeys(ballotIds, rows, (row) => row.ballotId, (row) => row.stateId);
    });

  private async lockOpen(manager: EntityManager, ballotId: string): Promise<BallotEntity> {
    const ballot = await manager.findOne(BallotEntity, { where: { id: ballotId }, lock: { mode: 'pessimistic_write' } });
    if (!ballot) throw notFound('Ballot', ballotId, BallotErrorReason.BALLOT_NOT_FOUND);
    if (ballot.status === BallotStatus.CANCELLED) throw conflict('This ballot was cancelled', BallotErrorReason.BALLOT_CANCELLED);
    const [{ due }] = await manager.query(`SELECT $1::timestamptz <= clock_timestamp() AS due`, [ballot.closesAt]);
    if (ballot.status !== BallotStatus.OPEN || due) throw conflict('The ballot is closed (or its deadline has passed and it is closing)', BallotErrorReason.BALLOT_CLOSED);
    return ballot;
  }

  private announce(manager: EntityManager, type: BallotEventType, ballot: BallotEntity): void {
    this.events.publishAfterCommit(manager, ballotEvent({ type, ballotId: ballot.id, proposalId: ballot.proposalId, stateId: null, position: null, outcome: ballot.outcome }));
  }

  private assertSecretariat(actor: Actor): UserActor {
    this.access.assert(actor, Permission.RUN_BALLOTS);
    return actor as UserActor;
  }
}

function assertDeadline(closesAt: Date, from: number, message: string): void {
  const closesIn = closesAt.getTime() - Math.max(from, Date.now());
  const fromStart = closesAt.getTime() - from;
  if (!(closesIn > 0) || fromStart > LONGEST_BALLOT_MS) {
    throw badInput(message, BallotErrorReason.INVALID_CLOSING_TIME, [{ field: 'closesAt', message: 'must be in the future, and at most a year after opening' }]);
  }
}

function ruleParameters(input: OpenBallotInput): { quorum: number | null; threshold: number | null } {
  if (input.rule === BallotRule.SILENCE && input.quorum !== undefined && input.quorum !== null) {
    throw badInput('A silence procedure has no quorum: silence is consent', BallotErrorReason.INVALID_RULE_PARAMETERS, [{ field: 'quorum', message: 'must be omitted' }]);
  }
  if (input.rule !== BallotRule.QUALIFIED_MAJORITY && input.threshold !== undefined && input.threshold !== null) {
    throw badInput('Only a qualified majority has a threshold', BallotErrorReason.INVALID_RULE_PARAMETERS, [{ field: 'threshold', message: 'must be omitted' }]);
  }
  const quorum = input.rule === BallotRule.SILENCE ? null : (input.quorum ?? DEFAULT_QUORUM);
  const threshold = input.rule === BallotRule.QUALIFIED_MAJORITY ? (input.threshold ?? DEFAULT_THRESHOLD) : null;
  if (quorum !== null && !(quorum > 0 && quorum <= 1)) {
    throw badInput('quorum is the fraction of active states that must take a position, in (0, 1]', BallotErrorReason.INVALID_QUORUM, [{ field: 'quorum', message: 'must be in (0, 1]' }]);
  }
  if (threshold !== null && !(threshold > 0.5 && threshold <= 1)) {
    throw badInput('threshold is a qualified majority, in (0.5, 1]', BallotErrorReason.INVALID_THRESHOLD, [{ field: 'threshold', message: 'must be in (0.5, 1]' }]);
  }
  return { quorum, threshold };
}
