import type { ProposalPageQuery } from '../../graphql/graphql';
import { DeliberationPanel } from '../deliberation';

type Change = ProposalPageQuery['proposal']['revision']['changes'][number];

/** The change set of one revision, each change with its redline against the base release and the comments on it. */
export function ChangeSet({ proposalId, revision, changes }: { proposalId: string; revision: number; changes: Change[] }) {
  return <DeliberationPanel proposalId={proposalId} revision={revision} changes={changes} />;
}
