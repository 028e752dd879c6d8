import type { Viewer } from '../../app/session/session-context';
import type { ProposalPageQuery } from '../../graphql/graphql';

type Proposal = ProposalPageQuery['proposal'];

export interface AllowedActions {
  edit: boolean;
  submit: boolean;
  withdraw: boolean;
  join: boolean;
  leave: boolean;
}

/** What the API would accept from this viewer, so that only those actions are offered (it still decides). */
export function allowedActions(viewer: Pick<Viewer, 'role' | 'state'>, proposal: Pick<Proposal, 'status' | 'sponsor' | 'cosponsors'>): AllowedActions {
  const delegation = viewer.state && (viewer.role === 'DELEGATE' || viewer.role === 'HEAD_OF_DELEGATION') ? viewer.state : null;
  const own = Boolean(delegation && delegation.id === proposal.sponsor.id);
  const other = Boolean(delegation && !own);
  const cosponsor = Boolean(delegation && proposal.cosponsors.some((state) => state.id === delegation.id));
  const { status } = proposal;
  return {
    edit: own && ['DRAFT', 'UNDER_REVIEW', 'REJECTED'].includes(status),
    submit: own && ['DRAFT', 'REJECTED'].includes(status),
    withdraw: own && ['DRAFT', 'UNDER_REVIEW', 'VOTING', 'REJECTED'].includes(status),
    join: other && status === 'UNDER_REVIEW' && !cosponsor,
    leave: other && status === 'UNDER_REVIEW' && cosponsor,
  };
}
