import { registerEnumType } from '@nestjs/graphql';
import { ConcordEvent, concordEvent, EventAudience } from '@concord/events';
import { ProposalEntity } from '../proposals/proposal.entity';

export enum ProposalEventType {
  CREATED = 'CREATED',
  REVISED = 'REVISED',
  /** A new revision moved onto the latest release. */
  REBASED = 'REBASED',
  /** Submitted for review, or resubmitted after a rejection. */
  SUBMITTED = 'SUBMITTED',
  WITHDRAWN = 'WITHDRAWN',
  /** The secretariat returned the adopted proposal to review. */
  RETURNED = 'RETURNED',
}

export enum CommentEventType {
  ADDED = 'ADDED',
  EDITED = 'EDITED',
  RETRACTED = 'RETRACTED',
}

registerEnumType(ProposalEventType, { name: 'ProposalEventType' });
registerEnumType(CommentEventType, { name: 'CommentEventType' });

/** The rule of proposal-visibility.ts, as an event audience: a draft's events never leave its delegation. */
export const audienceOf = (proposal: ProposalEntity): EventAudience =>
  proposal.status === 'DRAFT' ? { scope: 'DELEGATION', stateId: proposal.sponsorStateId } : { scope: 'PARTICIPANTS' };

type ProposalEventPayload = {
  type: ProposalEventType;
  proposalId: string;
  reference: string;
  status: string;
  revision: number;
}

type CommentEventPayload = {
  type: CommentEventType;
  commentId: string;
  proposalId: string;
  revision: number;
};

/** Built from the proposal as it is after the change. */
export const proposalEvent = (type: ProposalEventType, proposal: ProposalEntity): ConcordEvent<ProposalEventPayload> =>
  concordEvent('proposal', `proposal.${type.toLowerCase()}`, audienceOf(proposal), {
    type,
    proposalId: proposal.id,
    reference: proposal.reference,
    status: proposal.status,
    revision: proposal.currentRevision,
  });

export const commentEvent = (
  type: CommentEventType,
  proposal: ProposalEntity,
  comment: { id: string; revisionNumber: number },
): ConcordEvent<CommentEventPayload> =>
  concordEvent('comment', `comment.${type.toLowerCase()}`, audienceOf(proposal), {
    type,
    commentId: comment.id,
    proposalId: proposal.id,
    revision: comment.revisionNumber,
  });
