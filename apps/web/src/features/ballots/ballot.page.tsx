import { useState } from 'react';
import { useQuery, useSubscription } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import type { MessageId } from '../../app/i18n/catalog';
import { useT } from '../../app/i18n/use-t';
import { useViewer } from '../../app/session/session-context';
import type { BallotPageQuery } from '../../graphql/graphql';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { BallotControls } from '../secretariat/ballot-controls';
import { castingCapacity } from './ballot-logic';
import { DateTime, Deadline, PositionBadge, ReasonText, TallyTable } from './ballot-parts';
import { BALLOT_EVENTS, BALLOT_PAGE } from './ballots.operations';
import { CastForm } from './cast-form';

type Ballot = BallotPageQuery['ballot'];

/** One ballot: what is voted on and how, my state's position, every state's, the tally and the outcome. */
export function BallotPage() {
  const t = useT();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const [announcement, setAnnouncement] = useState('');
  const { data, previousData, error, loading, refetch } = useQuery(BALLOT_PAGE, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  const ballot = shown?.ballot.id === id ? shown.ballot : undefined;

  useSubscription(BALLOT_EVENTS, {
    variables: { proposalId: ballot?.proposal.id ?? null },
    skip: !ballot,
    onData: ({ data: event }) => {
      const change = event.data?.ballotEvents;
      if (!change || change.ballotId !== id) return;
      void refetch();
      // Our own cast is confirmed by the form; other states' moves are announced politely.
      if (change.type === 'POSITION_CHANGED' && change.stateId === viewer.state?.id) return;
      setAnnouncement(announce(change, ballot));
    },
  });

  const announce = (change: { type: string; stateId?: string | null; position?: string | null }, current: Ballot | undefined) => {
    switch (change.type) {
      case 'POSITION_CHANGED': {
        const state = current?.eligibleStates.find((s) => s.id === change.stateId)?.name ?? t('ballots.aState');
        return t('ballots.live.position', { state, position: change.position ? t(`ballots.position.${change.position}` as MessageId) : '' });
      }
      case 'CLOSED':
        return t('ballots.live.closed');
      case 'CANCELLED':
        return t('ballots.live.cancelled');
      case 'EXTENDED':
        return t('ballots.live.extended');
      default:
        return t('ballots.live.opened');
    }
  };

  return (
    <>
      <PageTitle>{ballot ? t('ballots.detail.title', { reference: ballot.proposal.reference }) : t('ballots.detail.loadingTitle')}</PageTitle>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="ballot-live">
        {announcement}
      </p>
      {loading && !ballot && <Loading />}
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {ballot && <BallotDetail ballot={ballot} actingHeads={shown?.me.state?.actingHeads ?? []} viewer={viewer} onRecorded={() => void refetch()} />}
    </>
  );
}

interface DetailProps {
  ballot: Ballot;
  actingHeads: NonNullable<BallotPageQuery['me']['state']>['actingHeads'];
  viewer: ReturnType<typeof useViewer>;
  onRecorded(): void;
}

function BallotDetail({ ballot, actingHeads, viewer, onRecorded }: DetailProps) {
  const t = useT();
  const capacity = castingCapacity(viewer, actingHeads);
  const myState = viewer.state;
  const eligible = myState ? ballot.eligibleStates.some((state) => state.id === myState.id) : false;
  const mine = ballot.positions.find((position) => position.state.id === myState?.id) ?? null;
  const tally = ballot.tally ?? ballot.verdictIfClosedNow?.tally ?? null;
  const positioned = new Set(ballot.positions.map((position) => position.state.id));
  const silent = ballot.eligibleStates.filter((state) => !positioned.has(state.id));

  return (
    <div className="ballot">
      {ballot.status === 'CANCELLED' && (
        <div className="notice notice-warning" role="note">
          <p>{ballot.cancelReason ? t('ballots.cancelled', { reason: ballot.cancelReason }) : t('ballots.cancelledNoReason')}</p>
        </div>
      )}
      <section className="card" aria-labelledby="ballot-proposal">
        <h2 id="ballot-proposal">{t('ballots.detail.proposal')}</h2>
        <p className="ballot-proposal">
          <strong>{ballot.proposal.reference}</strong> — {ballot.proposal.revision.title} · {t('ballots.detail.revision', { revision: ballot.revision })}
        </p>
        <p>
          <Link to={`/proposals/${ballot.proposal.id}`}>{t('ballots.detail.readProposal')}</Link>
        </p>
      </section>
      <section className="card" aria-labelledby="ballot-terms">
        <h2 id="ballot-terms">{t('ballots.detail.terms')}</h2>
        <dl className="terms">
          <dt>{t('ballots.detail.status')}</dt>
          <dd>{t(`ballots.status.${ballot.status}` as MessageId)}</dd>
          <dt>{t('ballots.detail.rule')}</dt>
          <dd>
            {t(`ballots.rule.${ballot.rule}` as MessageId)}
            <br />
            <span className="field-hint">
              {t(`ballots.ruleExplain.${ballot.rule}` as MessageId, { quorum: ballot.quorum ?? 0, threshold: ballot.threshold ?? 0 })}
            </span>
          </dd>
          <dt>{t('ballots.detail.quorum')}</dt>
          <dd>{ballot.quorum != null ? t('ballots.detail.quorumValue', { quorum: ballot.quorum }) : t('ballots.detail.noQuorum')}</dd>
          {ballot.threshold != null && (
            <>
              <dt>{t('ballots.detail.threshold')}</dt>
              <dd>{t('ballots.detail.thresholdValue', { threshold: ballot.threshold })}</dd>
            </>
          )}
          <dt>{t('ballots.detail.openedAt')}</dt>
          <dd>
            <DateTime value={ballot.openedAt} />
          </dd>
          <dt>{t('ballots.detail.closesAt')}</dt>
          <dd>{ballot.status === 'OPEN' ? <Deadline closesAt={ballot.closesAt} /> : <DateTime value={ballot.closesAt} />}</dd>
          {ballot.closedAt && (
            <>
              <dt>{t('ballots.detail.closedAt')}</dt>
              <dd>
                <DateTime value={ballot.closedAt} />
              </dd>
            </>
          )}
          <dt>{t('ballots.detail.eligible', { count: ballot.eligibleCount })}</dt>
          <dd>
            <ul className="inline-list">
              {ballot.eligibleStates.map((state) => (
                <li key={state.id}>{state.name}</li>
              ))}
            </ul>
          </dd>
        </dl>
      </section>

      {ballot.status === 'CLOSED' && ballot.outcome && (
        <section className="card outcome" aria-labelledby="ballot-outcome">
          <h2 id="ballot-outcome">{t('ballots.result.title')}</h2>
          <p className={`outcome-${ballot.outcome.toLowerCase()}`}>
            <strong>{t(`ballots.outcome.${ballot.outcome}` as MessageId)}</strong>. <ReasonText reason={ballot.outcomeReason} />
          </p>
        </section>
      )}

      {ballot.status === 'OPEN' && myState && (
        <section className="card" aria-labelledby={capacity && eligible ? undefined : 'ballot-cast-info'}>
          {!eligible ? (
            <>
              <h2 id="ballot-cast-info">{t('ballots.cast.title')}</h2>
              <p>{t('ballots.cast.notEligible')}</p>
            </>
          ) : capacity ? (
            <CastForm ballotId={ballot.id} stateName={myState.name} capacity={capacity} current={mine} onRecorded={onRecorded} key={ballot.id} />
          ) : (
            <>
              <h2 id="ballot-cast-info">{t('ballots.cast.title')}</h2>
              <p>
                {mine
                  ? t('ballots.cast.current', { state: myState.name, position: t(`ballots.position.${mine.position}` as MessageId) })
                  : t('ballots.cast.none', { state: myState.name })}
              </p>
              <p className="notice">{t('ballots.cast.headOnly')}</p>
            </>
          )}
        </section>
      )}

      {tally && (
        <section className="card" aria-labelledby="ballot-tally">
          <h2 id="ballot-tally">{ballot.tally ? t('ballots.tally.title') : t('ballots.tally.soFar')}</h2>
          <TallyTable tally={tally} quorum={ballot.quorum} caption={t('ballots.tally.caption')} />
          {!ballot.tally && ballot.verdictIfClosedNow && (
            <p>
              {t('ballots.tally.ifClosedNow', {
                outcome: t(`ballots.outcome.${ballot.verdictIfClosedNow.outcome}` as MessageId),
                reason: t(`ballots.reason.${ballot.verdictIfClosedNow.reason}` as MessageId),
              })}
            </p>
          )}
        </section>
      )}

      {ballot.status === 'OPEN' && viewer.role === 'SECRETARIAT' && (
        <section className="card" aria-labelledby="ballot-run">
          <h2 id="ballot-run">{t('ballots.run.title')}</h2>
          <BallotControls ballotId={ballot.id} closesAt={ballot.closesAt} onChanged={onRecorded} />
        </section>
      )}

      <section className="card" aria-labelledby="ballot-positions">
        <h2 id="ballot-positions">{t('ballots.positions.title')}</h2>
        {ballot.positions.length === 0 ? (
          <p>{t('ballots.positions.none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="positions-table">
              <caption>{t('ballots.positions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ballots.positions.state')}</th>
                  <th scope="col">{t('ballots.positions.position')}</th>
                  <th scope="col">{t('ballots.positions.statement')}</th>
                  <th scope="col">{t('ballots.positions.castAt')}</th>
                </tr>
              </thead>
              <tbody>
                {ballot.positions.map((position) => {
                  const earlier = position.history.slice(0, -1).reverse();
                  return (
                    <tr key={position.state.id} data-state={position.state.code}>
                      <th scope="row">{position.state.name}</th>
                      <td>
                        <PositionBadge position={position.position} />
                      </td>
                      <td>
                        {position.statement ?? <span className="muted">{t('ballots.positions.noStatement')}</span>}
                        {earlier.length > 0 && (
                          <details className="history">
                            <summary>{t('ballots.positions.history', { count: earlier.length })}</summary>
                            <ol>
                              {earlier.map((change) => (
                                <li key={change.castAt}>
                                  <PositionBadge position={change.position} /> — <DateTime value={change.castAt} />{' '}
                                  {t('ballots.positions.castBy', {
                                    name: change.castBy.displayName,
                                    capacity: t(`ballots.capacity.${change.castCapacity}` as MessageId),
                                  })}
                                  {change.statement && <blockquote>{change.statement}</blockquote>}
                                </li>
                              ))}
                            </ol>
                          </details>
                        )}
                      </td>
                      <td>
                        <DateTime value={position.castAt} />
                        <br />
                        {t('ballots.positions.castBy', {
                          name: position.castBy.displayName,
                          capacity: t(`ballots.capacity.${position.castCapacity}` as MessageId),
                        })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {silent.length > 0 && ballot.status !== 'CANCELLED' && (
          <p>{t(ballot.status === 'OPEN' ? 'ballots.positions.silent' : 'ballots.positions.silentClosed', { states: silent.map((state) => state.name).join(', ') })}</p>
        )}
      </section>
    </div>
  );
}
