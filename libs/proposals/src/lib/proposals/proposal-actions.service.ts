import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@concord/audit';
import { AccessPolicy, Actor, Permission, UserActor } from '@concord/auth';
import { EventBus } from '@concord/events';
import { NotificationKind, NotificationsService } from '@concord/notifications';
import { conflict } from '@concord/shared/graphql';
import { noticeVisibilityOf, proposalLink, proposalNoticeParams } from '../events/proposal-notices';
import { DRAFT_DISCLOSED_BY } from '../lifecycle/draft-privacy';
import { ProposalEventType } from '../events/proposal-events';
import { moveProposal } from '../lifecycle/move-proposal';
import { ProposalMove } from '../lifecycle/proposal-move';
import { ProposalStatus } from '../lifecycle/proposal-status';
import { ProposalReturnEntity } from '../returns/proposal-return.entity';
import { ReturnProposalInput } from '../returns/return-proposal.input';
import { ProposalActionInput } from './proposal-action.input';
import { ProposalCosponsorEntity } from './proposal-cosponsor.entity';
import { ProposalEntity } from './proposal.entity';
import { ProposalsService } from './proposals.service';
import { assertRevisionApplies, currentRevision } from './revision-checks';
import { announce, assertCurrent, assertDelegate, assertSponsor, Delegate } from './sponsorship';
import { ProposalAuditAction } from '../proposal-audit-action';
import { ProposalErrorReason } from '../proposal-error-reason';

/** What the sponsor, other delegations and the secretariat do to a proposal besides editing it. */
@Injectable()
export class ProposalActionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly proposals: ProposalsService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly notifications: NotificationsService,
  ) {}

  /** A draft goes to review, or a rejected proposal back to it, only if its revision still passes the one check. */
  async submit(actor: Actor, input: ProposalActionInput): Promise<ProposalEntity> {
    const delegate = assertDelegate(this.access, actor);
    return this.db.transaction(async (manager) => {
      const proposal = await this.proposals.byId(actor, input.proposalId, manager, true);
      assertSponsor(delegate, proposal);
      if (input.expectedRevision !== undefined) assertCurrent(proposal, input.expectedRevision);
      await assertRevisionApplies(manager, await currentRevision(manager, proposal));
      const moved = await moveProposal(manager, proposal, ProposalMove.SUBMIT);
      await this.recordMove(manager, actor, proposal, moved, proposal.status === ProposalStatus.REJECTED ? ProposalAuditAction.PROPOSAL_RESUBMITTED : DRAFT_DISCLOSED_BY);
      const submitted = await announce(manager, this.events, ProposalEventType.SUBMITTED, proposal.id);
      await this.notifications.notify(manager, {
        kind: NotificationKind.PROPOSAL_SUBMITTED,
        visibility: noticeVisibilityOf(submitted),
        recipients: { kind: 'PARTICIPANTS' },
        exceptUserIds: [delegate.id],
        subject: { type: 'proposal', id: proposal.id },
        params: await proposalNoticeParams(manager, proposal.id),
        link: proposalLink(proposal.id),
      });
      return submitted;
    });
  }

  async withdraw(actor: Actor, input: ProposalActionInput): Promise<ProposalEntity> {
    const delegate = assertDelegate(this.access, actor);
    return this.db.transaction(async (manager) => {
      const proposal = await this.proposals.byId(actor, input.proposalId, manager, true);
      assertSponsor(delegate, proposal);
      const moved = await moveProposal(manager, proposal, ProposalMove.WITHDRAW);
      await this.recordMove(manager, actor, proposal, moved, ProposalAuditAction.PROPOSAL_WITHDRAWN);
      return announce(manager, this.events, ProposalEventType.WITHDRAWN, proposal.id);
    });
  }

  /**
   * The secretariat's way out when an adopted proposal cannot be released as it stands (a conflict with another
   * one, a base that moved): back to review with a reason everyone sees; it must then be balloted again.
   */
  async return(actor: Actor, input: ReturnProposalInput): Promise<ProposalEntity> {
    this.access.assert(actor, Permission.RETURN_PROPOSALS);
    const secretary = actor as UserActor;
    return this.db.transaction(async (manager) => {
      const proposal = await this.proposals.byId(actor, input.proposalId, manager, true);
      if (proposal.status !== ProposalStatus.ADOPTED) {
        throw conflict(`Only an adopted proposal that is not yet released can be returned; ${proposal.reference} is ${proposal.status.toLowerCase().replace(/_/g, ' ')}`, ProposalErrorReason.INVALID_TRANSITION);
      }
      const reason = input.reason.trim();
      const moved = await moveProposal(manager, proposal, ProposalMove.RETURN);
      await manager.insert(ProposalReturnEntity, { proposalId: proposal.id, revisionNumber: proposal.currentRevision, reason, returnedById: secretary.id });
      await this.audit.record(manager, actor, {
        action: ProposalAuditAction.PROPOSAL_RETURNED,
        objectType: 'proposal',
        objectId: proposal.id,
        stateId: proposal.sponsorStateId,
        summary: { reference: proposal.reference, revision: proposal.currentRevision, from: proposal.status, to: moved.status, reason },
      });
      const returned = await announce(manager, this.events, ProposalEventType.RETURNED, proposal.id);
      const cosponsors: { state_id: string }[] = await manager.query(`SELECT state_id FROM proposal_cosponsor WHERE proposal_id = $1`, [proposal.id]);
      await this.notifications.notify(manager, {
        kind: NotificationKind.PROPOSAL_RETURNED,
        visibility: noticeVisibilityOf(returned),
        recipients: { kind: 'STATES', stateIds: [proposal.sponsorStateId, ...cosponsors.map((row) => row.state_id)] },
        exceptUserIds: [secretary.id],
        subject: { type: 'proposal', id: proposal.id },
        params: { ...(await proposalNoticeParams(manager, proposal.id)), reason },
        link: proposalLink(proposal.id),
      });
      return returned;
    });
  }

  /** Another state joins as co-sponsor while the proposal is under review (before any ballot). */
  async join(actor: Actor, input: ProposalActionInput): Promise<ProposalEntity> {
    const delegate = assertDelegate(this.access, actor);
    return this.db.transaction(async (manager) => {
      const proposal = await this.cosponsorable(actor, delegate, input.proposalId, manager);
      await manager.createQueryBuilder().insert().into(ProposalCosponsorEntity).values({ proposalId: proposal.id, stateId: delegate.stateId }).orIgnore().execute();
      await this.recordCosponsorship(manager, actor, proposal, ProposalAuditAction.PROPOSAL_COSPONSOR_JOINED);
      return proposal;
    });
  }

  async leave(actor: Actor, input: ProposalActionInput): Promise<ProposalEntity> {
    const delegate = assertDelegate(this.access, actor);
    return this.db.transaction(async (manager) => {
      const proposal = await this.cosponsorable(actor, delegate, input.proposalId, manager);
      await manager.delete(ProposalCosponsorEntity, { proposalId: proposal.id, stateId: delegate.stateId });
      await this.recordCosponsorship(manager, actor, proposal, ProposalAuditAction.PROPOSAL_COSPONSOR_LEFT);
      return proposal;
    });
  }

  private recordMove(manager: EntityManager, actor: Actor, before: ProposalEntity, after: ProposalEntity, action: ProposalAuditAction) {
    return this.audit.record(manager, actor, {
      action,
      objectType: 'proposal',
      objectId: before.id,
      summary: { reference: before.reference, revision: before.currentRevision, from: before.status, to: after.status },
      // A draft withdrawn before anyone saw it stays its delegation's own.
      privateUntil: before.status === ProposalStatus.DRAFT ? DRAFT_DISCLOSED_BY : undefined,
    });
  }

  /** The co-sponsoring state, not the sponsor, is the state of these events. */
  private recordCosponsorship(manager: EntityManager, actor: Actor, proposal: ProposalEntity, action: ProposalAuditAction) {
    return this.audit.record(manager, actor, {
      action,
      objectType: 'proposal',
      objectId: proposal.id,
      summary: { reference: proposal.reference, sponsorStateId: proposal.sponsorStateId },
    });
  }

  private async cosponsorable(actor: Actor, delegate: Delegate, proposalId: string, manager: EntityManager): Promise<ProposalEntity> {
    const proposal = await this.proposals.byId(actor, proposalId, manager, true);
    if (proposal.sponsorStateId === delegate.stateId) throw conflict('The sponsor cannot co-sponsor its own proposal', ProposalErrorReason.ALREADY_SPONSOR);
    if (proposal.status !== ProposalStatus.UNDER_REVIEW) {
      throw conflict('Co-sponsors join or leave while the proposal is under review, before a ballot', ProposalErrorReason.COSPONSORSHIP_CLOSED);
    }
    return proposal;
  }
}
