import { EntityManager } from 'typeorm';
import { Change, ProposalStatus } from '@concord/proposals';

export interface CandidateProposal {
  id: string;
  reference: string;
  title: string;
  status: ProposalStatus;
  decidedAt: Date | null;
  changes: Change[];
}

type Row = { id: string; reference: string; title: string; status: ProposalStatus; decided_at: Date | null; changes: Change[] };

/**
 * Proposals with the change set of their current revision (the one adopted: a ballot freezes the proposal), in
 * adoption order: decision time, then reference. `ids` picks given submitted proposals whatever their status (a draft
 * is its delegation's own: not found); without it,
 * every ADOPTED one. `lock` holds the rows until the transaction ends, so no two publications take one proposal.
 */
export async function loadCandidates(manager: EntityManager, options: { ids?: readonly string[]; lock?: boolean } = {}): Promise<CandidateProposal[]> {
  const rows = await manager.query<Row[]>(
    `SELECT p.id, p.reference, p.status, p.decided_at, r.title, r.changes
     FROM proposal p JOIN proposal_revision r ON r.proposal_id = p.id AND r.number = p.current_revision
     WHERE ${options.ids ? `p.id = ANY($1::uuid[]) AND p.status <> '${ProposalStatus.DRAFT}'` : `p.status = '${ProposalStatus.ADOPTED}'`}
     ORDER BY p.decided_at NULLS LAST, p.reference
     ${options.lock ? 'FOR UPDATE OF p' : ''}`,
    options.ids ? [[...new Set(options.ids)]] : [],
  );
  return rows.map((row) => ({ id: row.id, reference: row.reference, title: row.title, status: row.status, decidedAt: row.decided_at, changes: row.changes }));
}
