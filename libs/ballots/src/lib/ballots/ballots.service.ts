import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AuditService } from '@concord/audit';
import { EventBus } from '@concord/events';
import { ballotEvent, BallotEventType } from '../events/ballot-events';
import { AccessPolicy, Actor, ParticipatingStateEntity, Permission, StateStatus, UserActor } from '@concord/auth';
import { moveProposal, ProposalsService, ProposalStatus } from '@concord/proposals';
import { badInput, conflict, notFound } from '@concord/shared/graphql';
import '../ballot-errors';
import { BallotRule, BallotStatus, DEFAULT_QUORUM, DEFAULT_THRESHOLD } from '../decision/ballot-terms';
import { BallotClosing } from './ballot-closing';
import { BallotEligibleStateEntity } from './ballot-eligible-state.entity';
import { BallotEntity } from './ballot.entity';
import { CloseBallotInput, OpenBallotInput } from './ballot.inputs';

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
  ) {}

  /** Ballots are deliberations: people of the regime only, never machine clients (DESIGN §7). */
  assertReader(actor: Actor): void {
    this.access.assert(actor, Permission.READ_DELIBERATIONS);
  }

  async byId(actor: Actor, id: string): Promise<BallotEntity> {
    this.assertReader(actor);
    const ballot = await this.db.getRepository(BallotEntity).findOneBy({ id });
    if (!ballot) throw notFound('Ballot', id, 'BALLOT_NOT_FOUND');
    await this.proposals.byId(actor, ballot.proposalId);
    return ballot;
  }

  /** Puts the proposal's current revision to the vote of the states ACTIVE now, and freezes the proposal. */
  async open(actor: Actor, input: OpenBallotInput): Promise<BallotEntity> {
    this.access.assert(actor, Permission.RUN_BALLOTS);
    const secretary = actor as UserActor;
    const { quorum, threshold } = ruleParameters(input);
    const closesIn = input.closesAt.getTime() - Date.now();
    if (!(closesIn > 0) || closesIn > LONGEST_BALLOT_MS) {
      throw badInput('closesAt must be in the future, and within a year', 'INVALID_CLOSING_TIME', [{ field: 'closesAt', message: 'must be in the future' }]);
    }
    return this.db.transaction(async (manager) => {
      const proposal = await this.proposals.byId(actor, input.proposalId, manager, true);
      if (proposal.status === ProposalStatus.VOTING) {
        throw conflict('This proposal is already being voted on', 'BALLOT_ALREADY_OPEN');
      }
      if (input.expectedRevision !== undefined && input.expectedRevision !== proposal.currentRevision) {
        throw conflict(
          `You meant revision ${input.expectedRevision}, but the proposal is at revision ${proposal.currentRevision}: reload and open again`,
          'STALE_REVISION',
        );
      }
      await moveProposal(manager, proposal, ProposalStatus.VOTING);
      const eligible = await manager.find(ParticipatingStateEntity, { where: { status: StateStatus.ACTIVE }, select: { id: true } });
      if (!eligible.length) throw conflict('No participating state is ACTIVE: nobody could vote', 'NO_ACTIVE_STATES');
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
      this.events.publishAfterCommit(manager, ballotEvent({ type: BallotEventType.OPENED, ballotId, proposalId: proposal.id, stateId: null, position: null, outcome: null }));
      await this.audit.record(manager, actor, {
        action: 'ballot.opened',
        objectType: 'ballot',
        objectId: ballot.id,
        summary: { proposalId: proposal.id, reference: proposal.reference, revision: ballot.revisionNumber, rule: ballot.rule, closesAt: ballot.closesAt.toISOString(), quorum, threshold, eligibleCount: ballot.eligibleCount },
      });
      return ballot;
    });
  }

  async close(actor: Actor, input: CloseBallotInput): Promise<BallotEntity> {
    this.access.assert(actor, Permission.RUN_BALLOTS);
    return (await this.closing.close(input.ballotId, actor as UserActor))!;
  }

  /** The most recent ballot of each proposal: the one deciding it, or the last one if several were held. */
  readonly latestOfProposal = () =>
    new DataLoader<string, BallotEntity | null>(async (proposalIds) => {
      const rows = await this.db
        .getRepository(BallotEntity)
        .find({ where: { proposalId: In([...proposalIds]) }, order: { openedAt: 'DESC', id: 'DESC' } });
      return proposalIds.map((id) => rows.find((row) => row.proposalId === id) ?? null);
    });
}

function ruleParameters(input: OpenBallotInput): { quorum: number | null; threshold: number | null } {
  if (input.rule === BallotRule.SILENCE && input.quorum !== undefined && input.quorum !== null) {
    throw badInput('A silence procedure has no quorum: silence is consent', 'INVALID_RULE_PARAMETERS', [{ field: 'quorum', message: 'must be omitted' }]);
  }
  if (input.rule !== BallotRule.QUALIFIED_MAJORITY && input.threshold !== undefined && input.threshold !== null) {
    throw badInput('Only a qualified majority has a threshold', 'INVALID_RULE_PARAMETERS', [{ field: 'threshold', message: 'must be omitted' }]);
  }
  const quorum = input.rule === BallotRule.SILENCE ? null : (input.quorum ?? DEFAULT_QUORUM);
  const threshold = input.rule === BallotRule.QUALIFIED_MAJORITY ? (input.threshold ?? DEFAULT_THRESHOLD) : null;
  if (quorum !== null && !(quorum > 0 && quorum <= 1)) {
    throw badInput('quorum is the fraction of active states that must take a position, in (0, 1]', 'INVALID_QUORUM', [{ field: 'quorum', message: 'must be in (0, 1]' }]);
  }
  if (threshold !== null && !(threshold > 0.5 && threshold <= 1)) {
    throw badInput('threshold is a qualified majority, in (0.5, 1]', 'INVALID_THRESHOLD', [{ field: 'threshold', message: 'must be in (0.5, 1]' }]);
  }
  return { quorum, threshold };
}
