import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@concord/audit';
import { AccessPolicy, Actor, Permission } from '@concord/auth';
import { EventBus, WebhookService } from '@concord/events';
import { NotificationKind, NotificationsService } from '@concord/notifications';
import { latestRelease, LIST_FORMAT, ListDocument, readSnapshot, ReleaseEntity, ReleaseSource, suggestedNextVersion, versionProblem } from '@concord/control-list';
import { moveProposal, ProposalEntity, ProposalMove, ProposalStatus } from '@concord/proposals';
import { badInput, conflict, notFound } from '@concord/shared/graphql';
import { diffLists } from '../changes/list-diff';
import { ChangeSubject } from '../changes/release-change.entity';
import { composeRelease, ConflictKind, ReleaseConflict } from '../composition/compose-release';
import { CandidateProposal, loadCandidates } from '../composition/adopted-proposals';
import { deltaJson, RELEASE_DELTA_EVENT } from '../deltas/release-delta';
import { ReleaseDeltaService } from '../deltas/release-delta.service';
import { releasePublished } from '../events/release-events';
import { PreviewReleaseInput } from '../graphql/preview-release.input';
import { PublishReleaseInput } from '../graphql/publish-release.input';
import { ReleaseDraft } from '../graphql/release-draft.model';
import { ReleaseInForce } from '../pull-cache/release-in-force';
import { lockReleaseWrites, ReleaseWriter } from '../writing/release-writer';
import { ReleaseErrorReason } from '../release-error-reason';
import { ReleaseAuditAction } from '../release-audit-action';

interface Composition {
  base: ReleaseEntity | null;
  proposals: CandidateProposal[];
  list: Pick<ListDocument, 'entries' | 'definitions'>;
  conflicts: ReleaseConflict[];
  touchedBy: Map<string, string[]>;
  draft: ReleaseDraft;
}

/** The secretariat's side of releases (DESIGN §6): the working draft, a preview, and publication in one transaction. */
@Injectable()
export class ReleasePublicationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly writer: ReleaseWriter,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly inForce: ReleaseInForce,
    private readonly webhooks: WebhookService,
    private readonly notifications: NotificationsService,
    private readonly deltas: ReleaseDeltaService,
  ) {}

  /** Latest release + every adopted, not yet released proposal. Participants may look; only the secretariat publishes. */
  async workingDraft(actor: Actor): Promise<ReleaseDraft> {
    this.access.assert(actor, Permission.READ_DELIBERATIONS);
    return (await this.compose(this.db.manager, await loadCandidates(this.db.manager))).draft;
  }

  async preview(actor: Actor, input: PreviewReleaseInput): Promise<ReleaseDraft> {
    this.access.assert(actor, Permission.PUBLISH_RELEASES);
    const proposals = await this.requested(this.db.manager, input.proposalIds, false);
    return (await this.compose(this.db.manager, proposals)).draft;
  }

  /**
   * One transaction: the snapshot, the changelog, the proposals INCORPORATED, the predecessor SUPERSEDED, the signed
   * document. Any refusal on the way (a proposal that is not adopted, a version taken meanwhile, a constraint)
   * rolls all of it back.
   */
  async publish(actor: Actor, input: PublishReleaseInput): Promise<ReleaseEntity> {
    this.access.assert(actor, Permission.PUBLISH_RELEASES);
    const published = await this.db.transaction(async (manager) => {
      await lockReleaseWrites(manager);
      const latest = await latestRelease(manager);
      const versionRefusal = versionProblem(input.version, latest?.version ?? null, 'PUBLICATION');
      if (versionRefusal) throw badInput(versionRefusal, ReleaseErrorReason.VERSION_NOT_NEXT, [{ field: 'version', message: versionRefusal }]);
      const proposals = await this.requested(manager, input.proposalIds, true);
      const composition = await this.compose(manager, proposals);
      // Exactly what previewRelease reports: publishable means published, and nothing else is refused below.
      const { conflicts, changes } = composition.draft;
      if (conflicts.length) {
        throw conflict(`The release has ${conflicts.length} unresolved conflict(s): ${conflicts.map((found) => found.message).join('; ')}`, 'RELEASE_HAS_CONFLICTS');
      }
      if (!changes.length) throw conflict('These proposals change nothing in the list: there is nothing to publish', ReleaseErrorReason.NOTHING_TO_PUBLISH);
      for (const proposal of proposals) await moveProposal(manager, await this.lockedProposal(manager, proposal.id), ProposalMove.INCORPORATE);
      const list: ListDocument = { format: LIST_FORMAT, entries: composition.list.entries, definitions: composition.list.definitions };
      const incorporates = proposals.map((proposal) => proposal.reference);
      const { release, digest, previousVersion } = await this.writer.write(
        manager,
        { version: input.version, source: ReleaseSource.PROPOSALS, origin: null, effectiveFrom: input.effectiveFrom ?? null, list },
        { provenance: { touchedBy: composition.touchedBy, incorporates } },
      );
      // Machine clients hear of it by subscription and by webhook; both only once the transaction commits. A webhook
      // with a scope is sent that subtree's delta instead, and nothing when the release left it alone.
      const notice = releasePublished({ version: release.version, previousVersion, digest, publishedAt: release.publishedAt!.toISOString(), incorporates });
      await this.webhooks.enqueueForEvent(manager, notice, async (scope) => {
        const delta = await this.deltas.build(manager, release.id, scope);
        return delta.signed.changes.length ? { eventType: RELEASE_DELTA_EVENT, body: deltaJson(delta) } : null;
      });
      this.events.publishAfterCommit(manager, notice);
      // People hear of it too, by mail or digest: a published release is for every participant to know.
      await this.notifications.notify(manager, {
        kind: NotificationKind.RELEASE_PUBLISHED,
        visibility: { scope: 'PARTICIPANTS' },
        recipients: { kind: 'PARTICIPANTS' },
        exceptUserIds: actor.kind === 'USER' ? [actor.id] : [],
        subject: { type: 'release', id: release.id },
        params: { version: release.version },
        link: `/releases/${release.version}`,
      });
      // Last: the audit chain's lock is held until commit.
      await this.audit.record(manager, actor, {
        action: ReleaseAuditAction.RELEASE_PUBLISHED,
        objectType: 'release',
        objectId: release.id,
        stateId: null,
        summary: { version: release.version, previousVersion, digest, incorporates },
      });
      return release;
    });
    // On this instance the next `latestRelease` answers it at once; the others hear `release.published` by the bus.
    this.inForce.advance(published.version);
    return published;
  }

  /** loadCandidates locked the rows; the entity is what the one move function takes. */
  private lockedProposal(manager: EntityManager, id: string): Promise<ProposalEntity> {
    return manager.findOneByOrFail(ProposalEntity, { id });
  }

  private async requested(manager: EntityManager, ids: readonly string[], lock: boolean): Promise<CandidateProposal[]> {
    const proposals = await loadCandidates(manager, { ids, lock });
    const found = new Set(proposals.map((proposal) => proposal.id));
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw notFound('Proposal', missing, ReleaseErrorReason.PROPOSAL_NOT_FOUND);
    return proposals;
  }

  private async compose(manager: EntityManager, proposals: CandidateProposal[]): Promise<Composition> {
    const base = await latestRelease(manager);
    const baseList = base ? await readSnapshot(manager, base) : { entries: [], definitions: [] };
    const composed = composeRelease(baseList, proposals);
    const notAdopted: ReleaseConflict[] = proposals
      .filter((proposal) => proposal.status !== ProposalStatus.ADOPTED)
      .map((proposal) => ({
        kind: ConflictKind.NOT_ADOPTED,
        code: null,
        term: null,
        proposals: [proposal.reference],
        message: `${proposal.reference} is ${proposal.status.toLowerCase().replace(/_/g, ' ')}, not adopted`,
      }));
    const conflicts = [...notAdopted, ...composed.conflicts];
    const references = new Map(proposals.map((proposal) => [proposal.id, proposal.reference]));
    const changes = diffLists(baseList, composed).map((change) => {
      const touched = composed.touchedBy.get(change.subject === ChangeSubject.ENTRY ? `entry:${change.code}` : `term:${change.term}`) ?? [];
      const names = touched.map((id) => references.get(id)!);
      return { ...change, proposal: names.at(-1) ?? null, proposals: names };
    });
    const active = composed.entries.filter((entry) => entry.status === 'ACTIVE').length;
    return {
      base,
      proposals,
      list: composed,
      conflicts,
      touchedBy: composed.touchedBy,
      draft: {
        baseVersion: base?.version ?? null,
        proposals: proposals.map(({ id, reference, title, decidedAt }) => ({ id, reference, title, decidedAt })),
        summary: { entries: composed.entries.length, active, reserved: composed.entries.length - active, definitions: composed.definitions.length },
        changes,
        conflicts,
        publishable: proposals.length > 0 && changes.length > 0 && conflicts.length === 0,
        suggestedVersion: suggestedNextVersion(base?.version ?? null, 'PUBLICATION'),
      },
    };
  }
}
