import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@concord/audit';
import { AccessPolicy, Actor } from '@concord/auth';
import { EventBus } from '@concord/events';
import { ReleaseEntity } from '@concord/control-list';
import { conflict, DomainError } from '@concord/shared/graphql';
import { DRAFT_DISCLOSED_BY } from '../lifecycle/draft-privacy';
import { codesNamedBy } from '../change-set/to-changes';
import { proposalEvent, ProposalEventType } from '../events/proposal-events';
import { ProposalStatus } from '../lifecycle/proposal-status';
import { latestPublishedRelease, loadBaseList } from '../proposals/base-release';
import { CreateProposalInput } from '../proposals/create-proposal.input';
import { Justification, ProposalRevisionEntity } from '../proposals/proposal-revision.entity';
import { ProposalEntity } from '../proposals/proposal.entity';
import { ProposalsService } from '../proposals/proposals.service';
import { assertValid, checkedChanges, currentRevision, rebaseView } from '../proposals/revision-checks';
import { ReviseProposalInput } from '../proposals/revise-proposal.input';
import { announce, assertCurrent, assertDelegate, assertEditable, assertSponsor } from '../proposals/sponsorship';
import { describeMerge } from '../rebase/plan-rebase';
import { RebaseProposalInput } from '../rebase/rebase-proposal.input';
import { ChangeSetCheck } from './change-set-check.model';
import { ValidateChangesInput } from './validate-changes.input';
import { ProposalAuditAction } from '../proposal-audit-action';
import { ProposalErrorReason } from '../proposal-error-reason';

/** The sponsor's edits (DESIGN §4): a new draft, and every later change as a new revision made against the one it names. */
@Injectable()
export class DraftingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly proposals: ProposalsService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  async create(actor: Actor, input: CreateProposalInput): Promise<ProposalEntity> {
    const delegate = assertDelegate(this.access, actor);
    return this.db.transaction(async (manager) => {
      const release = await latestPublishedRelease(manager);
      const { changes, warnings } = checkedChanges(input.changes, await loadBaseList(manager, release, codesNamedBy(input.changes)));
      const reference = await this.nextReference(manager);
      const proposal = await manager.getRepository(ProposalEntity).save(
        manager.create(ProposalEntity, {
          reference,
          sponsorStateId: delegate.stateId,
          status: ProposalStatus.DRAFT,
          currentRevision: 1,
          createdById: delegate.id,
        }),
      );
      await manager.insert(ProposalRevisionEntity, {
        proposalId: proposal.id,
        number: 1,
        baseReleaseId: release.id,
        title: input.title.trim(),
        rationale: input.rationale.trim(),
        justification: { ...input.justification },
        changes,
        warnings,
        createdById: delegate.id,
      });
      // Titles and rationale stay out of the trail: the secretariat reads it, and a draft is its delegation's own.
      await this.audit.record(manager, actor, {
        action: ProposalAuditAction.PROPOSAL_CREATED,
        objectType: 'proposal',
        objectId: proposal.id,
        summary: { reference, revision: 1, status: proposal.status, baseRelease: release.version, changes: changes.length },
        privateUntil: DRAFT_DISCLOSED_BY,
      });
      this.events.publishAfterCommit(manager, proposalEvent(ProposalEventType.CREATED, proposal));
      return proposal;
    });
  }

  async revise(actor: Actor, input: ReviseProposalInput): Promise<ProposalEntity> {
    const delegate = assertDelegate(this.access, actor);
    return this.db.transaction(async (manager) => {
      const { proposal, current } = await this.editable(actor, delegate, input.proposalId, input.expectedRevision, manager);
      let { changes, warnings } = current;
      if (input.changes) {
        const base = await manager.findOneByOrFail(ReleaseEntity, { id: current.baseReleaseId });
        ({ changes, warnings } = checkedChanges(input.changes, await loadBaseList(manager, base, codesNamedBy(input.changes))));
      }
      const number = await this.addRevision(manager, proposal, current, delegate.id, {
        title: input.title?.trim() ?? current.title,
        rationale: input.rationale?.trim() ?? current.rationale,
        justification: input.justification ? ({ ...input.justification } as Justification) : current.justification,
        baseReleaseId: current.baseReleaseId,
        changes,
        warnings,
        merges: [],
      });
      const fields = (['title', 'rationale', 'justification', 'changes'] as const).filter((field) => input[field] !== undefined);
      await this.audit.record(manager, actor, {
        action: ProposalAuditAction.PROPOSAL_REVISED,
        objectType: 'proposal',
        objectId: proposal.id,
        summary: { reference: proposal.reference, revision: number, against: input.expectedRevision, status: proposal.status, fields },
        privateUntil: proposal.status === ProposalStatus.DRAFT ? DRAFT_DISCLOSED_BY : undefined,
      });
      return announce(manager, this.events, ProposalEventType.REVISED, proposal.id);
    });
  }

  /**
   * A new revision against the latest release, so the redlines read against the list in force. Changes whose base
   * did not move carry over; where it moved, the sponsor must supply the merged text, and until then the rebase is
   * refused with MERGE_REQUIRED naming each such change.
   */
  async rebase(actor: Actor, input: RebaseProposalInput): Promise<ProposalEntity> {
    const delegate = assertDelegate(this.access, actor);
    return this.db.transaction(async (manager) => {
      const { proposal, current } = await this.editable(actor, delegate, input.proposalId, input.expectedRevision, manager);
      const view = await rebaseView(manager, current, input.changes ? codesNamedBy(input.changes) : []);
      if (view.base.id === view.latest.id) {
        throw conflict(`This proposal is already written against ${view.latest.version}, the latest release`, ProposalErrorReason.ALREADY_ON_LATEST);
      }
      if (view.merges.length && !input.changes) {
        const fields = view.merges.map((merge) => describeMerge(merge, view.latest.version));
        throw conflict(`Rebasing onto ${view.latest.version} needs your text for: ${fields.map((f) => f.message).join('; ')}`, ProposalErrorReason.MERGE_REQUIRED, fields);
      }
      const { changes, warnings } = input.changes
        ? checkedChanges(input.changes, view.after)
        : { changes: current.changes, warnings: assertValid(current.changes, view.after) };
      const number = await this.addRevision(manager, proposal, current, delegate.id, {
        title: current.title,
        rationale: current.rationale,
        justification: current.justification,
        baseReleaseId: view.latest.id,
        changes,
        warnings,
        merges: view.merges,
      });
      await this.audit.record(manager, actor, {
        action: ProposalAuditAction.PROPOSAL_REBASED,
        objectType: 'proposal',
        objectId: proposal.id,
        summary: { reference: proposal.reference, revision: number, against: input.expectedRevision, from: view.base.version, to: view.latest.version, merges: view.merges.length },
      });
      return announce(manager, this.events, ProposalEventType.REBASED, proposal.id);
    });
  }

  /** The one check, without writing anything: what a drafting form shows at each field before it is sent. */
  async check(actor: Actor, input: ValidateChangesInput): Promise<ChangeSetCheck> {
    assertDelegate(this.access, actor);
    const manager = this.db.manager;
    const release = input.proposalId
      ? await manager.findOneByOrFail(ReleaseEntity, { id: (await currentRevision(manager, await this.proposals.byId(actor, input.proposalId))).baseReleaseId })
      : await latestPublishedRelease(manager);
    const base = await loadBaseList(manager, release, codesNamedBy(input.changes));
    try {
      const { warnings } = checkedChanges(input.changes, base);
      return { valid: true, problems: [], warnings, baseVersion: release.version };
    } catch (error) {
      if (!(error instanceof DomainError) || !error.fields) throw error;
      return { valid: false, problems: error.fields, warnings: [], baseVersion: release.version };
    }
  }

  private async editable(actor: Actor, delegate: ReturnType<typeof assertDelegate>, proposalId: string, expectedRevision: number, manager: EntityManager) {
    const proposal = await this.proposals.byId(actor, proposalId, manager, true);
    assertSponsor(delegate, proposal);
    assertEditable(proposal);
    assertCurrent(proposal, expectedRevision);
    const current = await manager.findOneByOrFail(ProposalRevisionEntity, { proposalId: proposal.id, number: proposal.currentRevision });
    return { proposal, current };
  }

  private async addRevision(
    manager: EntityManager,
    proposal: ProposalEntity,
    current: ProposalRevisionEntity,
    authorId: string,
    content: Pick<ProposalRevisionEntity, 'title' | 'rationale' | 'justification' | 'baseReleaseId' | 'changes' | 'warnings' | 'merges'>,
  ): Promise<number> {
    const number = current.number + 1;
    await manager.insert(ProposalRevisionEntity, { proposalId: proposal.id, number, createdById: authorId, ...content });
    await manager.update(ProposalEntity, { id: proposal.id }, { currentRevision: number });
    return number;
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
}
