import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@concord/audit';
import { AccessPolicy, Actor, isDelegation, Permission, UserActor } from '@concord/auth';
import { EventBus } from '@concord/events';
import { ReleaseEntity } from '@concord/control-list';
import {
  badInput,
  byKeys,
  conflict,
  Connection,
  decodeCursor,
  exactTimestampSql,
  forbidden,
  groupByKeys,
  notFound,
  pageSize,
  toConnection,
} from '@concord/shared/graphql';
import { BaseList } from '../change-set/base-list';
import { ChangeInput } from '../change-set/change.input';
import { codesNamedBy, toChanges } from '../change-set/to-changes';
import { validateChangeSet } from '../change-set/validate-change-set';
import { proposalEvent, ProposalEventType } from '../events/proposal-events';
import { assertTransition, isEditable, ProposalStatus } from '../lifecycle/proposal-status';
import { latestPublishedRelease, loadBaseList } from './base-release';
import { CreateProposalInput } from './create-proposal.input';
import { ProposalActionInput } from './proposal-action.input';
import { ProposalCosponsorEntity } from './proposal-cosponsor.entity';
import { Justification, ProposalRevisionEntity } from './proposal-revision.entity';
import { ProposalEntity } from './proposal.entity';
import { visibilityClause } from './proposal-visibility';
import { ProposalsArgs } from './proposals.args';
import { ReviseProposalInput } from './revise-proposal.input';

type Delegate = UserActor & { stateId: string; stateCode: string };

@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  /** A proposal the actor may see; an invisible draft is NOT_FOUND, so its existence does not leak. */
  async byId(actor: Actor, id: string, manager: EntityManager = this.db.manager, lock = false): Promise<ProposalEntity> {
    const visibility = visibilityClause(actor, ':visibleState');
    const query = manager
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .where(`p.id = :id AND ${visibility.sql}`, { id, visibleState: visibility.stateId });
    if (lock) query.setLock('pessimistic_write');
    const proposal = await query.getOne();
    if (!proposal) throw notFound('Proposal', id, 'PROPOSAL_NOT_FOUND');
    return proposal;
  }

  async list(actor: Actor, args: ProposalsArgs): Promise<Connection<ProposalEntity>> {
    const visibility = visibilityClause(actor, ':visibleState');
    const size = pageSize(args.first);
    const query = this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .innerJoin(ProposalRevisionEntity, 'r', 'r.proposal_id = p.id AND r.number = p.current_revision')
      .where(visibility.sql, { visibleState: visibility.stateId });
    if (args.status) query.andWhere('p.status = :status', { status: args.status });
    if (args.sponsor) {
      query.andWhere('p.sponsor_state_id = (SELECT id FROM participating_state WHERE code = :sponsor)', { sponsor: args.sponsor });
    }
    if (args.code) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM jsonb_array_elements(r.changes) c WHERE c->>'code' = :code OR c->'entry'->>'code' = :code)`,
        { code: args.code },
      );
    }
    if (args.search) {
      query.andWhere(
        `to_tsvector('english', r.title || ' ' || r.rationale || ' ' || r.changes::text) @@ websearch_to_tsquery('english', :search)`,
        { search: args.search },
      );
    }
    const totalCount = await query.getCount();
    const after = decodeCursor(args.after, 2) as [string, string] | undefined;
    if (after) query.andWhere('(p.created_at, p.id) < (:afterTime::timestamptz, :afterId::uuid)', { afterTime: after[0], afterId: after[1] });
    const { entities, raw } = await query
      .addSelect(exactTimestampSql('p.created_at'), 'cursor_time')
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(size + 1)
      .getRawAndEntities();
    const rows = entities.map((proposal, index) => ({ proposal, time: raw[index].cursor_time as string }));
    return toConnection(rows, size, totalCount, (row) => [row.time, row.proposal.id], (row) => row.proposal);
  }

  async create(actor: Actor, input: CreateProposalInput): Promise<ProposalEntity> {
    const delegate = this.assertDelegate(actor);
    return this.db.transaction(async (manager) => {
      const release = await latestPublishedRelease(manager);
      const base = await loadBaseList(manager, release, codesNamedBy(input.changes));
      const { changes, warnings } = this.checkedChanges(input.changes, base);
      const reference = await this.nextReference(manager);
      const proposal = await manager.getRepository(ProposalEntity).save(
        manager.create(ProposalEntity, {
          reference,
          sponsorStateId: delegate.stateId,
          baseReleaseId: release.id,
          status: ProposalStatus.DRAFT,
          currentRevision: 1,
          createdById: delegate.id,
        }),
      );
      await manager.insert(ProposalRevisionEntity, {
        proposalId: proposal.id,
        number: 1,
        title: input.title.trim(),
        rationale: input.rationale.trim(),
        justification: { ...input.justification },
        changes,
        warnings,
        createdById: delegate.id,
      });
      // Titles and rationale stay out of the trail: the secretariat reads it, and a draft is its delegation's own.
      await this.audit.record(manager, actor, {
        action: 'proposal.created',
        objectType: 'proposal',
        objectId: proposal.id,
        summary: { reference, revision: 1, status: proposal.status, baseRelease: release.version, changes: changes.length },
      });
      this.events.publishAfterCommit(manager, proposalEvent(ProposalEventType.CREATED, proposal));
      return proposal;
    });
  }

  /** Every edit is a new revision made against the one it names; a stale edit is refused, never merged. */
  async revise(actor: Actor, input: ReviseProposalInput): Promise<ProposalEntity> {
    const delegate = this.assertDelegate(actor);
    return this.db.transaction(async (manager) => {
      const proposal = await this.byId(actor, input.proposalId, manager, true);
      this.assertSponsor(delegate, proposal);
      if (!isEditable(proposal.status)) {
        throw conflict(`A proposal that is ${proposal.status.toLowerCase()} is frozen`, 'PROPOSAL_FROZEN');
      }
      this.assertCurrent(proposal, input.expectedRevision);
      const current = await manager.findOneByOrFail(ProposalRevisionEntity, { proposalId: proposal.id, number: proposal.currentRevision });
      let changes = current.changes;
      let warnings = current.warnings;
      if (input.changes) {
        const release = await manager.findOneByOrFail(ReleaseEntity, { id: proposal.baseReleaseId });
        ({ changes, warnings } = this.checkedChanges(input.changes, await loadBaseList(manager, release, codesNamedBy(input.changes))));
      }
      const number = proposal.currentRevision + 1;
      await manager.insert(ProposalRevisionEntity, {
        proposalId: proposal.id,
        number,
        title: input.title?.trim() ?? current.title,
        rationale: input.rationale?.trim() ?? current.rationale,
        justification: input.justification ? ({ ...input.justification } as Justification) : current.justification,
        changes,
        warnings,
        createdById: delegate.id,
      });
      await manager.update(ProposalEntity, { id: proposal.id }, { currentRevision: number });
      const fields = (['title', 'rationale', 'justification', 'changes'] as const).filter((field) => input[field] !== undefined);
      await this.audit.record(manager, actor, {
        action: 'proposal.revised',
        objectType: 'proposal',
        objectId: proposal.id,
        summary: { reference: proposal.reference, revision: number, against: input.expectedRevision, status: proposal.status, fields },
      });
      return this.announce(manager, ProposalEventType.REVISED, proposal.id);
    });
  }

  async submit(actor: Actor, input: ProposalActionInput): Promise<ProposalEntity> {
    const delegate = this.assertDelegate(actor);
    return this.db.transaction(async (manager) => {
      const proposal = await this.byId(actor, input.proposalId, manager, true);
      this.assertSponsor(delegate, proposal);
      if (input.expectedRevision !== undefined) this.assertCurrent(proposal, input.expectedRevision);
      assertTransition(proposal.status, ProposalStatus.UNDER_REVIEW);
      await manager.update(ProposalEntity, { id: proposal.id }, { status: ProposalStatus.UNDER_REVIEW, submittedAt: () => 'now()' });
      await this.recordTransition(manager, actor, proposal, 'proposal.submitted', ProposalStatus.UNDER_REVIEW);
      return this.announce(manager, ProposalEventType.SUBMITTED, proposal.id);
    });
  }

  async withdraw(actor: Actor, input: ProposalActionInput): Promise<ProposalEntity> {
    const delegate = this.assertDelegate(actor);
    return this.db.transaction(async (manager) => {
      const proposal = await this.byId(actor, input.proposalId, manager, true);
      this.assertSponsor(delegate, proposal);
      assertTransition(proposal.status, ProposalStatus.WITHDRAWN);
      await manager.update(ProposalEntity, { id: proposal.id }, { status: ProposalStatus.WITHDRAWN, decidedAt: () => 'now()' });
      await this.recordTransition(manager, actor, proposal, 'proposal.withdrawn', ProposalStatus.WITHDRAWN);
      return this.announce(manager, ProposalEventType.WITHDRAWN, proposal.id);
    });
  }

  /** Another state joins as co-sponsor while the proposal is under review (before any ballot). */
  async join(actor: Actor, input: ProposalActionInput): Promise<ProposalEntity> {
    const delegate = this.assertDelegate(actor);
    return this.db.transaction(async (manager) => {
      const proposal = await this.assertCosponsorable(actor, delegate, input.proposalId, manager);
      await manager.createQueryBuilder().insert().into(ProposalCosponsorEntity).values({ proposalId: proposal.id, stateId: delegate.stateId }).orIgnore().execute();
      await this.recordCosponsorship(manager, actor, proposal, 'proposal.cosponsor_joined');
      return proposal;
    });
  }

  async leave(actor: Actor, input: ProposalActionInput): Promise<ProposalEntity> {
    const delegate = this.assertDelegate(actor);
    return this.db.transaction(async (manager) => {
      const proposal = await this.assertCosponsorable(actor, delegate, input.proposalId, manager);
      await manager.delete(ProposalCosponsorEntity, { proposalId: proposal.id, stateId: delegate.stateId });
      await this.recordCosponsorship(manager, actor, proposal, 'proposal.cosponsor_left');
      return proposal;
    });
  }

  readonly revisionsOf = () =>
    new DataLoader<string, ProposalRevisionEntity[]>(async (proposalIds) => {
      const rows = await this.db.getRepository(ProposalRevisionEntity).find({ where: { proposalId: In([...proposalIds]) }, order: { number: 'ASC' } });
      return groupByKeys(proposalIds, rows, (row) => row.proposalId);
    });

  readonly cosponsorsOf = () =>
    new DataLoader<string, string[]>(async (proposalIds) => {
      const rows = await this.db.getRepository(ProposalCosponsorEntity).find({ where: { proposalId: In([...proposalIds]) }, order: { joinedAt: 'ASC' } });
      return groupByKeys(proposalIds, rows, (row) => row.proposalId, (row) => row.stateId);
    });

  readonly releasesById = () =>
    new DataLoader<string, ReleaseEntity | null>(async (ids) =>
      byKeys(ids, await this.db.getRepository(ReleaseEntity).findBy({ id: In([...ids]) }), (release) => release.id),
    );

  /** The proposal as changed, announced to subscribers once the transaction commits. */
  private async announce(manager: EntityManager, type: ProposalEventType, proposalId: string): Promise<ProposalEntity> {
    const proposal = await manager.findOneByOrFail(ProposalEntity, { id: proposalId });
    this.events.publishAfterCommit(manager, proposalEvent(type, proposal));
    return proposal;
  }

  private recordTransition(manager: EntityManager, actor: Actor, proposal: ProposalEntity, action: string, to: ProposalStatus) {
    return this.audit.record(manager, actor, {
      action,
      objectType: 'proposal',
      objectId: proposal.id,
      summary: { reference: proposal.reference, revision: proposal.currentRevision, from: proposal.status, to },
    });
  }

  /** The co-sponsoring state, not the sponsor, is the state of these events. */
  private recordCosponsorship(manager: EntityManager, actor: Actor, proposal: ProposalEntity, action: string) {
    return this.audit.record(manager, actor, {
      action,
      objectType: 'proposal',
      objectId: proposal.id,
      summary: { reference: proposal.reference, sponsorStateId: proposal.sponsorStateId },
    });
  }

  private checkedChanges(inputs: ChangeInput[], base: BaseList) {
    const changes = toChanges(inputs, base);
    const verdict = validateChangeSet(changes, base);
    if (verdict.problems.length) {
      throw badInput(
        `The change set does not fit the base release: ${verdict.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
        'INVALID_CHANGE_SET',
        verdict.problems,
      );
    }
    return { changes, warnings: verdict.warnings };
  }

  private async nextReference(manager: EntityManager): Promise<string> {
    const year = new Date().getUTCFullYear();
    const [row] = await manager.query(
      `INSERT INTO proposal_sequence (year, last) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last = proposal_sequence.last + 1 RETURNING last`,
      [year],
    );
    return `P-${year}-${String(row.last).padStart(3, '0')}`;
  }

  private assertDelegate(actor: Actor): Delegate {
    this.access.assert(actor, Permission.DRAFT_PROPOSALS);
    if (!isDelegation(actor)) throw forbidden('Only delegations draft proposals');
    return actor as Delegate;
  }

  private assertSponsor(delegate: Delegate, proposal: ProposalEntity): void {
    if (proposal.sponsorStateId !== delegate.stateId) {
      throw forbidden("Only the sponsoring delegation may change or withdraw its proposal", 'NOT_SPONSOR');
    }
  }

  private assertCurrent(proposal: ProposalEntity, expectedRevision: number): void {
    if (proposal.currentRevision !== expectedRevision) {
      throw conflict(
        `This edit was made against revision ${expectedRevision}, but the proposal is at revision ${proposal.currentRevision}: reload and edit again`,
        'STALE_REVISION',
      );
    }
  }

  private async assertCosponsorable(actor: Actor, delegate: Delegate, proposalId: string, manager: EntityManager): Promise<ProposalEntity> {
    const proposal = await this.byId(actor, proposalId, manager, true);
    if (proposal.sponsorStateId === delegate.stateId) throw conflict('The sponsor cannot co-sponsor its own proposal', 'ALREADY_SPONSOR');
    if (proposal.status !== ProposalStatus.UNDER_REVIEW) {
      throw conflict('Co-sponsors join or leave while the proposal is under review, before a ballot', 'COSPONSORSHIP_CLOSED');
    }
    return proposal;
  }
}
