import { EntityManager } from 'typeorm';
import { NoticeParams, NoticeVisibility } from '@concord/notifications';
import { ProposalEntity } from '../proposals/proposal.entity';

/** The visibility rule of proposal-visibility.ts for notices: a draft is its delegation's alone. */
export const noticeVisibilityOf = (proposal: ProposalEntity): NoticeVisibility =>
  proposal.status === 'DRAFT' ? { scope: 'DELEGATION', stateId: proposal.sponsorStateId } : { scope: 'PARTICIPANTS' };

/** What a notice about a proposal says of it: its reference and its current title. */
export async function proposalNoticeParams(manager: EntityManager, proposalId: string): Promise<NoticeParams & { reference: string; title: string }> {
  const [row] = await manager.query(
    `SELECT p.reference, r.title FROM proposal p JOIN proposal_revision r ON r.proposal_id = p.id AND r.number = p.current_revision WHERE p.id = $1`,
    [proposalId],
  );
  return { reference: row.reference, title: row.title };
}

export const proposalLink = (proposalId: string) => `/proposals/${proposalId}`;

/** A comment's first words, for a mail; the full text is one click away, behind the sign-in. */
export const excerptOf = (body: string) => (body.length > 280 ? `${body.slice(0, 277).trimEnd()}…` : body);
