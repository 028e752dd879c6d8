export * from './lib/change-set/base-list';
export * from './lib/change-set/change';
export * from './lib/change-set/validate-change-set';
export * from './lib/comments/comment-edit.entity';
export * from './lib/comments/comment.entity';
export * from './lib/lifecycle/move-proposal';
export * from './lib/lifecycle/proposal-move';
export * from './lib/lifecycle/proposal-status';
export * from './lib/proposals.module';
export * from './lib/proposal-constraint-errors';
export { excerptOf, noticeVisibilityOf, proposalLink, proposalNoticeParams } from './lib/events/proposal-notices';
export * from './lib/proposals/proposal-cosponsor.entity';
export * from './lib/proposals/proposal-revision.entity';
export * from './lib/proposals/proposal-sequence.entity';
export * from './lib/proposals/proposal.entity';
export * from './lib/proposals/proposal.model';
export * from './lib/proposals/proposals.service';
export { assertRevisionApplies, currentRevision } from './lib/proposals/revision-checks';
export * from './lib/returns/proposal-return.entity';
export * from './lib/change-set/terms-used';
export * from './lib/redline/redline';
export * from './lib/proposal-error-reason';
export * from './lib/proposal-audit-action';
import { CommentEditEntity } from './lib/comments/comment-edit.entity';
import { CommentEntity } from './lib/comments/comment.entity';
import { ProposalCosponsorEntity } from './lib/proposals/proposal-cosponsor.entity';
import { ProposalRevisionEntity } from './lib/proposals/proposal-revision.entity';
import { ProposalSequenceEntity } from './lib/proposals/proposal-sequence.entity';
import { ProposalEntity } from './lib/proposals/proposal.entity';
import { ProposalReturnEntity } from './lib/returns/proposal-return.entity';

export const PROPOSAL_ENTITIES = [
  ProposalEntity,
  ProposalRevisionEntity,
  ProposalCosponsorEntity,
  ProposalSequenceEntity,
  ProposalReturnEntity,
  CommentEntity,
  CommentEditEntity,
];
export { DiffSegment } from './lib/redline/diff-segment.model';
export { FieldRedline } from './lib/redline/field-redline.model';
export { ParagraphRedline } from './lib/redline/paragraph-redline.model';
export { Redline } from './lib/redline/redline.model';
export { DraftingService } from './lib/drafting/drafting.service';
export { ProposalActionsService } from './lib/proposals/proposal-actions.service';
export { CommentsService } from './lib/comments/comments.service';
