import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@concord/audit';
import { AccessPolicy, Actor, Permission } from '@concord/auth';
import { EventBus, WebhookService } from '@concord/events';
import { NotificationKind, NotificationsService } from '@concord/notifications';
import { latestRelease, LIST_FORMAT, ListDocument, readSnapshot, ReleaseEntity, ReleaseSource, versionProblem } from '@concord/control-list';
import { moveProposal, ProposalEntity, ProposalMove } from '@concord/proposals';
import { badInput, conflict, notFound } from '@concord/shared/graphql';
import { composeDraft } from '../composition/compose-draft';
import { composeRelease } from '../composition/compose-release';
import { CandidateProposal, loadCandidates } from '../composition/adopted-proposals';
import { deltaJson, RELEASE_DELTA_EVENT } from '../deltas/release-delta';
import { ReleaseDeltaService } from '../deltas/release-delta.service';
import { SnapshotTallies } from '../composition/snapshot-tallies';
import { releasePublished } from '../events/release-events';
import { PreviewReleaseInput } from '../graphql/preview-release.input';
import { PublishReleaseInput } from '../graphql/publish-release.input';
import { ReleaseDraft } from '../graphql/release-draft.model';
import { ReleaseInForce } from '../pull-cache/release-in-force';
import { lockReleaseWrites, ReleaseWriter } from '../writing/release-writer';
import { ReleaseErrorReason } from '../release-error-reason';
import { ReleaseAuditAction } from '../release-audit-action';

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
    private readonly tallies: SnapshotTallies,
  ) {}

  /** Latest release + every adopted, not yet released proposal. Participants may look; only the secretariat publishes. */
  async workingDraft(actor: Actor): Promise<ReleaseDraft> {
    this.access.assert(actor, Permission.READ_DELIBERATIONS);
    return (await composeDraft(this.db.manager, this.tallies, await loadCandidates(this.db.manager))).draft;
  }

  async preview(actor: Actor, input: PreviewReleaseInput): Promise<ReleaseDraft> {
    this.access.assert(actor, Permission.PUBLISH_RELEASES);
    const proposals = await this.requested(this.db.manager, input.proposalIds, false);
    return (await composeDraft(this.db.manager, this.tallies, proposals)).draft;
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
      const composition = await composeDraft(manager, this.tallies, proposals);
      // Exactly what previewRelease reports: publishable means published, and nothing else is refused below.
      const { conflicts, changes } = composition.draft;
      if (conflicts.length) {
        throw conflict(`The release has ${conflicts.length} unresolved conflict(s): ${conflicts.map((found) => found.message).join('; ')}`, 'RELEASE_HAS_CONFLICTS');
      }
      if (!changes.length) throw conflict('These proposals change nothing in the list: there is nothing to publish', ReleaseErrorReason.NOTHING_TO_PUBLISH);
      for (const proposal of proposals) await moveProposal(manager, await this.lockedProposal(manager, proposal.id), ProposalMove.INCORPORATE);
      // The whole list this time, to write it: the same composition, over every entry of the base.
      const base = composition.base ? { releaseId: composition.base.id, list: await readSnapshot(manager, composition.base) } : undefined;
      const whole = composeRelease(base ? base.list : { entries: [], definitions: [] }, proposals);
      const list: ListDocument = { format: LIST_FORMAT, entries: whole.entries, definitions: whole.definitions };
      const incorporates = proposals.map((proposal) => proposal.reference);
      const { release, digest, previousVersion } = await this.writer.write(
        manager,
        { version: input.version, source: ReleaseSource.PROPOSALS, origin: null, effectiveFrom: input.effectiveFrom ?? null, list },
        { provenance: { touchedBy: whole.touchedBy, incorporates }, predecessor: base },
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
}
