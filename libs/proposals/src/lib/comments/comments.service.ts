import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@concord/audit';
import { AccessPolicy, Actor, isUser, Permission, UserActor } from '@concord/auth';
import { EventBus } from '@concord/events';
import { NotificationKind, NotificationsService } from '@concord/notifications';
import { badInput, conflict, Connection, decodeCursor, exactTimestampSql, forbidden, groupByKeys, notFound, PageArgs, pageSize, toConnection } from '@concord/shared/graphql';
import { ReleaseEntity } from '@concord/control-list';
import { subjectOf } from '../change-set/change';
import { commentEvent, CommentEventType } from '../events/proposal-events';
import { excerptOf, noticeVisibilityOf, proposalLink, proposalNoticeParams } from '../events/proposal-notices';
import { isDecided } from '../lifecycle/proposal-status';
import { loadBaseList } from '../proposals/base-release';
import { ProposalRevisionEntity } from '../proposals/proposal-revision.entity';
import { ProposalEntity } from '../proposals/proposal.entity';
import { ProposalsService } from '../proposals/proposals.service';
import { CommentEditEntity } from './comment-edit.entity';
import { AddCommentInput } from './add-comment.input';
import { EditCommentInput } from './edit-comment.input';
import { RetractCommentInput } from './retract-comment.input';
import { CommentEntity } from './comment.entity';
import { ProposalErrorReason } from '../proposal-error-reason';
import { ProposalAuditAction } from '../proposal-audit-action';

/** One `Proposal.comments` field: whose page of which proposal. */
export interface CommentPageKey {
  actor: Actor;
  proposalId: string;
  args: PageArgs;
}

function groupBy<K, V>(items: readonly V[], keyOf: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly proposals: ProposalsService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly notifications: NotificationsService,
  ) {}

  async add(actor: Actor, input: AddCommentInput): Promise<CommentEntity> {
    const author = this.assertCommenter(actor);
    return this.db.transaction(async (manager) => {
      const proposal = await this.openProposal(actor, input.proposalId, manager);
      const revisionNumber = input.revision ?? proposal.currentRevision;
      const revision = await manager.findOneBy(ProposalRevisionEntity, { proposalId: proposal.id, number: revisionNumber });
      if (!revision) throw notFound('Revision', `r${revisionNumber}`, ProposalErrorReason.REVISION_NOT_FOUND);
      await this.checkAnchor(manager, revision, input);
      const parent = input.replyTo ? await manager.findOneBy(CommentEntity, { id: input.replyTo, proposalId: proposal.id }) : null;
      if (input.replyTo && !parent) throw notFound('Comment', input.replyTo, ProposalErrorReason.COMMENT_NOT_FOUND);
      const saved = await manager.save(
        manager.create(CommentEntity, {
          proposalId: proposal.id,
          revisionNumber,
          changeIndex: input.changeIndex ?? null,
          paragraphPath: input.paragraphPath ?? null,
          parentId: input.replyTo ?? null,
          authorId: author.id,
          body: input.body.trim(),
        }),
      );
      const comment = await manager.findOneByOrFail(CommentEntity, { id: saved.id });
      await this.recordComment(manager, actor, comment, ProposalAuditAction.COMMENT_ADDED, {
        reference: proposal.reference,
        revision: revisionNumber,
        replyTo: comment.parentId,
        changeIndex: comment.changeIndex,
        paragraphPath: comment.paragraphPath,
      });
      this.events.publishAfterCommit(manager, commentEvent(CommentEventType.ADDED, proposal, comment));
      await this.notifyComment(manager, proposal, comment, parent);
      return comment;
    });
  }

  /** The author of the comment replied to, then the sponsoring delegation; nobody twice, nobody of their own words. */
  private async notifyComment(manager: EntityManager, proposal: ProposalEntity, comment: CommentEntity, parent: CommentEntity | null): Promise<void> {
    const [{ display_name: author }] = await manager.query(`SELECT display_name FROM app_user WHERE id = $1`, [comment.authorId]);
    const base = {
      visibility: noticeVisibilityOf(proposal),
      subject: { type: 'proposal' as const, id: proposal.id },
      params: { ...(await proposalNoticeParams(manager, proposal.id)), author, excerpt: excerptOf(comment.body ?? '') },
      link: `${proposalLink(proposal.id)}#comment-${comment.id}`,
    };
    const told = [comment.authorId];
    if (parent && parent.authorId !== comment.authorId && !parent.retractedAt) {
      await this.notifications.notify(manager, { ...base, kind: NotificationKind.COMMENT_REPLY, recipients: { kind: 'USERS', userIds: [parent.authorId] }, exceptUserIds: told });
      told.push(parent.authorId);
    }
    await this.notifications.notify(manager, {
      ...base,
      kind: NotificationKind.COMMENT_ON_OWN_PROPOSAL,
      recipients: { kind: 'STATES', stateIds: [proposal.sponsorStateId] },
      exceptUserIds: told,
    });
  }

  /** The previous text is kept in the comment's history. */
  async edit(actor: Actor, input: EditCommentInput): Promise<CommentEntity> {
    const author = this.assertCommenter(actor);
    return this.db.transaction(async (manager) => {
      const comment = await this.ownComment(actor, author, input.commentId, manager);
      if (comment.retractedAt) throw conflict('A retracted comment cannot be edited', ProposalErrorReason.COMMENT_RETRACTED);
      const edit = comment.editCount + 1;
      await manager.insert(CommentEditEntity, { commentId: comment.id, edit, previousBody: comment.body! });
      await manager.update(CommentEntity, { id: comment.id }, { body: input.body.trim(), editCount: edit, editedAt: () => 'now()' });
      await this.recordComment(manager, actor, comment, ProposalAuditAction.COMMENT_EDITED, { edit });
      await this.announce(manager, CommentEventType.EDITED, comment);
      return manager.findOneByOrFail(CommentEntity, { id: comment.id });
    });
  }

  /** Removes the words (and their history), keeps the fact that a comment was made and retracted. */
  async retract(actor: Actor, input: RetractCommentInput): Promise<CommentEntity> {
    const author = this.assertCommenter(actor);
    return this.db.transaction(async (manager) => {
      const comment = await this.ownComment(actor, author, input.commentId, manager);
      if (comment.retractedAt) throw conflict('This comment is already retracted', ProposalErrorReason.COMMENT_RETRACTED);
      await manager.update(CommentEditEntity, { commentId: comment.id }, { previousBody: '' });
      await manager.update(CommentEntity, { id: comment.id }, { body: null, retractedAt: () => 'now()' });
      await this.recordComment(manager, actor, comment, ProposalAuditAction.COMMENT_RETRACTED, {});
      await this.announce(manager, CommentEventType.RETRACTED, comment);
      return manager.findOneByOrFail(CommentEntity, { id: comment.id });
    });
  }

  /**
   * Each proposal's page of comments, for a whole page of proposals: the visibility check (byId's rule), the counts
   * and the comments take one statement each, however many proposals ask. A proposal the actor may not see gets
   * NOT_FOUND, as byId gives it.
   */
  readonly pagesOf = () =>
    new DataLoader<CommentPageKey, Connection<CommentEntity>, string>((keys) => this.pages(keys), {
      cacheKeyFn: (key) => JSON.stringify([key.actor, key.proposalId, key.args.first ?? null, key.args.after ?? null]),
    });

  private async pages(keys: readonly CommentPageKey[]): Promise<(Connection<CommentEntity> | Error)[]> {
    const results = new Map<CommentPageKey, Connection<CommentEntity> | Error>();
    // One request has one actor; grouping by it keeps the rule right should a batch ever mix them.
    for (const [actor, ofActor] of groupBy(keys, (key) => key.actor)) {
      let visible: Set<string>;
      try {
        visible = await this.proposals.visibleIds(actor, ofActor.map((key) => key.proposalId));
      } catch (error) {
        for (const key of ofActor) results.set(key, error as Error);
        continue;
      }
      const shown: { key: CommentPageKey; size: number; after?: [string, string] }[] = [];
      for (const key of ofActor) {
        if (!visible.has(key.proposalId)) {
          results.set(key, notFound('Proposal', key.proposalId, ProposalErrorReason.PROPOSAL_NOT_FOUND));
          continue;
        }
        try {
          shown.push({ key, size: pageSize(key.args.first), after: decodeCursor(key.args.after, 2) as [string, string] | undefined });
        } catch (error) {
          results.set(key, error as Error);
        }
      }
      if (!shown.length) continue;
      const counts = await this.countRows(shown.map(({ key }) => key.proposalId));
      for (const group of groupBy(shown, ({ size, after }) => JSON.stringify([size, after ?? null])).values()) {
        const { size, after } = group[0];
        const rows = await this.firstComments(group.map(({ key }) => key.proposalId), size, after);
        const byProposal = groupByKeys(group.map(({ key }) => key.proposalId), rows, (row) => row.comment.proposalId);
        group.forEach(({ key }, index) =>
          results.set(key, toConnection(byProposal[index], size, counts.get(key.proposalId) ?? 0, (row) => [row.time, row.comment.id], (row) => row.comment)),
        );
      }
    }
    return keys.map((key) => results.get(key)!);
  }

  /** Up to size + 1 comments of each proposal after the cursor, oldest first, ranked within each proposal. */
  private async firstComments(proposalIds: string[], size: number, after?: [string, string]): Promise<{ comment: CommentEntity; time: string }[]> {
    const query = this.db
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .innerJoin(
        (ranked) => {
          ranked
            .select('w.id', 'id')
            .addSelect('row_number() OVER (PARTITION BY w.proposal_id ORDER BY w.created_at, w.id)', 'position')
            .from(CommentEntity, 'w')
            .where('w.proposal_id IN (:...proposalIds)');
          if (after) ranked.andWhere('(w.created_at, w.id) > (:afterTime::timestamptz, :afterId::uuid)');
          return ranked;
        },
        'k',
        'k.id = c.id AND k.position <= :limit',
      )
      .setParameters({ proposalIds, limit: size + 1, ...(after ? { afterTime: after[0], afterId: after[1] } : {}) })
      .addSelect(exactTimestampSql('c.created_at'), 'cursor_time')
      .orderBy('c.createdAt', 'ASC')
      .addOrderBy('c.id', 'ASC');
    const { entities, raw } = await query.getRawAndEntities();
    return entities.map((comment, index) => ({ comment, time: raw[index].cursor_time as string }));
  }

  private async countRows(proposalIds: string[]): Promise<Map<string, number>> {
    const rows: { proposal_id: string; n: number }[] = await this.db.query(
      `SELECT proposal_id, count(*)::int AS n FROM proposal_comment WHERE proposal_id = ANY($1) GROUP BY proposal_id`,
      [proposalIds],
    );
    return new Map(rows.map((row) => [row.proposal_id, row.n]));
  }

  /** Counts for a page of proposals the caller can already see. */
  readonly countsOf = () =>
    new DataLoader<string, number>(async (proposalIds) => {
      const counts = await this.countRows([...proposalIds]);
      return proposalIds.map((id) => counts.get(id) ?? 0);
    });

  readonly historyOf = () =>
    new DataLoader<string, CommentEditEntity[]>(async (commentIds) => {
      const rows = await this.db.getRepository(CommentEditEntity).find({ where: { commentId: In([...commentIds]) }, order: { edit: 'ASC' } });
      return groupByKeys(commentIds, rows, (row) => row.commentId);
    });

  /**
   * The words are not in the trail: a retraction removes them from the comment and its history, and an append-only
   * trail could not honour that.
   */
  private recordComment(manager: EntityManager, actor: Actor, comment: CommentEntity, action: ProposalAuditAction, details: Record<string, unknown>) {
    return this.audit.record(manager, actor, {
      action,
      objectType: 'comment',
      objectId: comment.id,
      summary: { proposalId: comment.proposalId, ...details },
    });
  }

  private async announce(manager: EntityManager, type: CommentEventType, comment: CommentEntity): Promise<void> {
    const proposal = await manager.findOneByOrFail(ProposalEntity, { id: comment.proposalId });
    this.events.publishAfterCommit(manager, commentEvent(type, proposal, comment));
  }

  private assertCommenter(actor: Actor): UserActor {
    this.access.assert(actor, Permission.COMMENT);
    if (!isUser(actor)) throw forbidden('Only participants comment');
    return actor;
  }

  private async openProposal(actor: Actor, proposalId: string, manager: EntityManager): Promise<ProposalEntity> {
    const proposal = await this.proposals.byId(actor, proposalId, manager, true);
    if (isDecided(proposal.status)) throw conflict('Comments are closed: the proposal has been decided', ProposalErrorReason.COMMENTS_CLOSED);
    return proposal;
  }

  private async ownComment(actor: Actor, author: UserActor, commentId: string, manager: EntityManager): Promise<CommentEntity> {
    const comment = await manager.findOne(CommentEntity, { where: { id: commentId }, lock: { mode: 'pessimistic_write' } });
    if (!comment) throw notFound('Comment', commentId, ProposalErrorReason.COMMENT_NOT_FOUND);
    await this.openProposal(actor, comment.proposalId, manager);
    if (comment.authorId !== author.id) throw forbidden('Only the author may edit or retract a comment', ProposalErrorReason.NOT_AUTHOR);
    return comment;
  }

  /** An anchor names a change of the revision and, optionally, a paragraph that exists in that change's entry before or after it. */
  private async checkAnchor(manager: EntityManager, revision: ProposalRevisionEntity, input: AddCommentInput): Promise<void> {
    if (input.paragraphPath !== undefined && input.changeIndex === undefined) {
      throw badInput('A paragraph anchor needs the change it belongs to', ProposalErrorReason.INVALID_ANCHOR, [{ field: 'changeIndex', message: 'is required with paragraphPath' }]);
    }
    if (input.changeIndex === undefined) return;
    const change = revision.changes[input.changeIndex];
    if (!change) {
      throw badInput(`Revision ${revision.number} has no change ${input.changeIndex}`, ProposalErrorReason.UNKNOWN_ANCHOR, [{ field: 'changeIndex', message: 'no such change' }]);
    }
    if (input.paragraphPath === undefined) return;
    const { code } = subjectOf(change);
    const release = await manager.findOneByOrFail(ReleaseEntity, { id: revision.baseReleaseId });
    const before = code ? (await loadBaseList(manager, release, [code])).entry(code) : undefined;
    const after = 'entry' in change ? change.entry : undefined;
    const paths = new Set([...(before?.paragraphs ?? []), ...(after?.paragraphs ?? [])].map((paragraph) => paragraph.path));
    if (!paths.has(input.paragraphPath)) {
      throw badInput(`${input.paragraphPath} is not a paragraph of ${code ?? 'this change'}, before or after the change`, ProposalErrorReason.UNKNOWN_ANCHOR, [
        { field: 'paragraphPath', message: `not a paragraph of ${code ?? 'this change'}` },
      ]);
    }
  }
}
