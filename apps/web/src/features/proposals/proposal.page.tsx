import { useState } from 'react';
import { useQuery, useSubscription } from '@apollo/client/react';
import { FormattedDate } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import type { MessageId } from '../../app/i18n/catalog';
import { useViewer } from '../../app/session/session-context';
import type { ProposalPageQuery } from '../../graphql/graphql';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { ChangeSet } from './change-set';
import { ProposalActions } from './proposal-actions';
import { PROPOSAL_EVENTS, PROPOSAL_PAGE } from './proposals.operations';
import { Revisions } from './revision-compare';

type Proposal = ProposalPageQuery['proposal'];

const JUSTIFICATION = ['humanRightsRisk', 'evidenceOfMisuse', 'foreignAvailability', 'controllability', 'clarity'] as const;

function Header({ proposal }: { proposal: Proposal }) {
  const t = useT();
  return (
    <section aria-labelledby="proposal-summary">
      <h2 id="proposal-summary" className="visually-hidden">
        {t('proposals.header.summary')}
      </h2>
      <dl className="proposal-facts">
        <div>
          <dt>{t('proposals.header.reference')}</dt>
          <dd>{proposal.reference}</dd>
        </div>
        <div>
          <dt>{t('proposals.header.status')}</dt>
          <dd>
            <span className={`status status-${proposal.status.toLowerCase()}`} data-testid="proposal-status">
              {t(`proposals.status.${proposal.status}`)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('proposals.header.sponsor')}</dt>
          <dd>{proposal.sponsor.name}</dd>
        </div>
        <div>
          <dt>{t('proposals.header.cosponsors')}</dt>
          <dd data-testid="proposal-cosponsors">{proposal.cosponsors.length ? proposal.cosponsors.map((state) => state.name).join(', ') : t('proposals.header.noCosponsors')}</dd>
        </div>
        <div>
          <dt>{t('proposals.header.baseRelease')}</dt>
          <dd>{proposal.baseReleaseVersion}</dd>
        </div>
        <div>
          <dt>{t('proposals.header.revision')}</dt>
          <dd>{t('proposals.revisionNumber', { number: proposal.currentRevision })}</dd>
        </div>
        <div>
          <dt>{t('proposals.header.submitted')}</dt>
          <dd>{proposal.submittedAt ? <FormattedDate value={proposal.submittedAt} dateStyle="long" /> : t('proposals.notSubmitted')}</dd>
        </div>
        <div>
          <dt>{t('proposals.header.comments')}</dt>
          <dd>{proposal.commentCount}</dd>
        </div>
      </dl>
    </section>
  );
}

function Ballots({ ballots }: { ballots: Proposal['ballots'] }) {
  const t = useT();
  if (ballots.length === 0) return <p>{t('proposals.ballots.none')}</p>;
  return (
    <ul className="ballot-list">
      {ballots.map((ballot) => (
        <li key={ballot.id}>
          <Link to={`/ballots/${ballot.id}`}>{t('proposals.ballot.link', { revision: ballot.revision })}</Link>
          {' · '}
          {t(`proposals.ballot.status.${ballot.status}`)}
          {ballot.outcome && <> ({t(`proposals.ballot.outcome.${ballot.outcome}`)})</>}
          {' · '}
          {ballot.status === 'OPEN' ? t('proposals.ballot.closes') : t('proposals.ballot.closed')}{' '}
          <FormattedDate value={ballot.status === 'OPEN' ? ballot.closesAt : (ballot.closedAt ?? ballot.closesAt)} dateStyle="medium" timeStyle="short" />
        </li>
      ))}
    </ul>
  );
}

/** One proposal: what it changes and why, its revisions and ballots, and what the viewer may do with it. */
export function ProposalPage() {
  const t = useT();
  const viewer = useViewer();
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(PROPOSAL_PAGE, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [updated, setUpdated] = useState<string | null>(null);
  useSubscription(PROPOSAL_EVENTS, {
    onData: ({ data: event }) => {
      const about = event.data?.proposalEvents;
      if (about?.proposalId !== id) return;
      setUpdated(about.reference);
      void refetch();
    },
  });

  if (!data) {
    if (loading) return <Loading />;
    return (
      <>
        <PageTitle>{t('proposals.page.notAvailable')}</PageTitle>
        <ErrorNotice error={error} onRetry={() => void refetch()} />
        <p>
          <Link to="/proposals">{t('proposals.backToList')}</Link>
        </p>
      </>
    );
  }

  const proposal = data.proposal;
  const revision = proposal.revision;
  return (
    <article className="proposal">
      <p className="breadcrumb">
        <Link to="/proposals">{t('proposals.backToList')}</Link>
      </p>
      <PageTitle>{t('proposals.page.title', { reference: proposal.reference, title: revision.title })}</PageTitle>
      {updated && (
        <p className="notice" role="status">
          {t('proposals.live.updated', { reference: updated })}
        </p>
      )}
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      <Header proposal={proposal} />

      <section aria-labelledby="proposal-actions">
        <h2 id="proposal-actions">{t('proposals.actions')}</h2>
        <ProposalActions proposal={proposal} viewer={viewer} onChanged={() => void refetch()} />
      </section>

      <section aria-labelledby="proposal-rationale">
        <h2 id="proposal-rationale">{t('proposals.rationale')}</h2>
        <p className="prose">{revision.rationale}</p>
      </section>

      <section aria-labelledby="proposal-justification">
        <h2 id="proposal-justification">{t('proposals.justification')}</h2>
        <dl className="justification">
          {JUSTIFICATION.map((key) => (
            <div key={key}>
              <dt>{t(`proposals.justification.${key}` as MessageId)}</dt>
              <dd className="prose">{revision.justification[key] || <span className="hint">{t('proposals.justification.notGiven')}</span>}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="proposal-changes">
        <h2 id="proposal-changes">{t('proposals.changes', { count: revision.changes.length })}</h2>
        <ChangeSet proposalId={proposal.id} revision={revision.number} changes={revision.changes} />
      </section>

      <section aria-labelledby="proposal-revisions">
        <h2 id="proposal-revisions">{t('proposals.revisions')}</h2>
        <Revisions proposalId={proposal.id} revisions={proposal.revisions} />
      </section>

      <section aria-labelledby="proposal-ballots">
        <h2 id="proposal-ballots">{t('proposals.ballots')}</h2>
        <Ballots ballots={proposal.ballots} />
      </section>
    </article>
  );
}
