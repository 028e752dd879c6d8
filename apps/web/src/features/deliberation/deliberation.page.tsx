import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { DeliberationPanel } from './deliberation-panel';
import { DELIBERATION_PROPOSAL } from './deliberation.operations';

/** A focused view of a proposal's deliberation: the current revision's changes and their comments, nothing else. */
export function DeliberationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(DELIBERATION_PROPOSAL, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const proposal = data?.proposal;
  return (
    <>
      <PageTitle>{t('deliberation.pageTitle', { reference: proposal?.reference ?? '…' })}</PageTitle>
      {loading && !data && <Loading />}
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {proposal && (
        <>
          <p className="lead">{t('deliberation.revisionIntro', { revision: proposal.revision.number, title: proposal.revision.title })}</p>
          <p>
            <Link to={`/proposals/${proposal.id}`}>{t('deliberation.backToProposal')}</Link>
          </p>
          <DeliberationPanel proposalId={proposal.id} revision={proposal.revision.number} changes={proposal.revision.changes} />
        </>
      )}
    </>
  );
}
