import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { FormattedDate } from 'react-intl';
import { useT } from '../../app/i18n/use-t';
import type { ProposalStatus } from '../../graphql/graphql';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Pagination } from '../../ui/pagination';
import { ActionDisclosure } from './action-disclosure';
import { BallotControls } from './ballot-controls';
import { OpenBallotForm } from './open-ballot.form';
import { ReturnProposalForm } from './return-proposal.form';
import { IN_PROCESS } from './secretariat.operations';

const IN_PROCESS_STATUSES: ProposalStatus[] = ['UNDER_REVIEW', 'VOTING', 'ADOPTED', 'REJECTED'];
const PAGE = 25;

/** Everything the secretariat moves along, each with the actions its status allows now. */
export function InProcessPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') as ProposalStatus | null;
  const statuses = status && IN_PROCESS_STATUSES.includes(status) ? [status] : IN_PROCESS_STATUSES;
  const { data, error, loading, fetchMore, refetch } = useQuery(IN_PROCESS, { variables: { statuses, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const page = data?.proposals;
  return (
    <>
      <PageTitle>{t('secretariat.inProcess.title')}</PageTitle>
      <p>{t('secretariat.inProcess.intro')}</p>
      <FormField label={t('secretariat.inProcess.status')}>
        <select value={status ?? ''} onChange={(event) => setParams(event.target.value ? { status: event.target.value } : {})}>
          <option value="">{t('secretariat.inProcess.all')}</option>
          {IN_PROCESS_STATUSES.map((option) => (
            <option key={option} value={option}>
              {t(`secretariat.status.${option}`)}
            </option>
          ))}
        </select>
      </FormField>
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {loading && !page && <Loading />}
      {page && page.edges.length === 0 && <p>{t('secretariat.inProcess.empty')}</p>}
      {page && (
        <ul className="process-list">
          {page.edges.map(({ node }) => {
            const ballotOpen = node.ballot?.status === 'OPEN';
            return (
              <li key={node.id} className="card">
                <h2>
                  <Link to={`/proposals/${node.id}`}>
                    {node.reference} — {node.revision.title}
                  </Link>
                </h2>
                <p>
                  <span className="status">{t(`secretariat.status.${node.status}`)}</span> · {node.sponsor.name} ·{' '}
                  {t('secretariat.inProcess.revision', { revision: node.currentRevision })}
                  {ballotOpen && node.ballot && (
                    <>
                      {' · '}
                      <Link to={`/ballots/${node.ballot.id}`}>{t(`secretariat.rule.${node.ballot.rule}`)}</Link>{' '}
                      {t('secretariat.inProcess.closes')} <FormattedDate value={node.ballot.closesAt} dateStyle="medium" timeStyle="short" />
                    </>
                  )}
                </p>
                {(node.status === 'UNDER_REVIEW' || node.status === 'REJECTED') && (
                  <ActionDisclosure label={t('secretariat.ballot.open')}>
                    {(close) => <OpenBallotForm proposalId={node.id} revision={node.currentRevision} onDone={close} />}
                  </ActionDisclosure>
                )}
                {ballotOpen && node.ballot && <BallotControls ballotId={node.ballot.id} closesAt={node.ballot.closesAt} />}
                {node.status === 'ADOPTED' && (
                  <ActionDisclosure label={t('secretariat.return.action')}>{(close) => <ReturnProposalForm proposalId={node.id} onDone={close} />}</ActionDisclosure>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {page && (
        <Pagination
          shown={page.edges.length}
          total={page.totalCount}
          hasNextPage={page.pageInfo.hasNextPage}
          loading={loading}
          onMore={() =>
            void fetchMore({
              variables: { after: page.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                proposals: { ...fetchMoreResult.proposals, edges: [...(previous.proposals?.edges ?? []), ...fetchMoreResult.proposals.edges] },
              }),
            })
          }
        />
      )}
    </>
  );
}
