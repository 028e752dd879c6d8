import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import type { Viewer } from '../../app/session/session-context';
import type { ProposalPageQuery } from '../../graphql/graphql';
import { ErrorNotice } from '../../ui/error-notice';
import { allowedActions } from './allowed-actions';
import { JOIN_PROPOSAL, LEAVE_PROPOSAL, SUBMIT_PROPOSAL, WITHDRAW_PROPOSAL } from './proposals.operations';

type Proposal = ProposalPageQuery['proposal'];
export type ProposalAction = 'submit' | 'withdraw' | 'join' | 'leave';

/** Submit, withdraw, join or leave, each after a confirmation; a refusal is said in words. */
export function ProposalActions({ proposal, viewer, onChanged }: { proposal: Proposal; viewer: Viewer; onChanged(): void }) {
  const t = useT();
  const allowed = allowedActions(viewer, proposal);
  const [asking, setAsking] = useState<ProposalAction | null>(null);
  const [done, setDone] = useState<ProposalAction | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [submit, submitting] = useMutation(SUBMIT_PROPOSAL);
  const [withdraw, withdrawing] = useMutation(WITHDRAW_PROPOSAL);
  const [join, joining] = useMutation(JOIN_PROPOSAL);
  const [leave, leaving] = useMutation(LEAVE_PROPOSAL);
  const busy = submitting.loading || withdrawing.loading || joining.loading || leaving.loading;
  const confirmButton = useRef<HTMLButtonElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const state = viewer.state?.name ?? '';

  useEffect(() => {
    if (asking) confirmButton.current?.focus();
  }, [asking]);
  useEffect(() => {
    if (done || error) outcome.current?.focus();
  }, [done, error]);

  function ask(action: ProposalAction) {
    setAsking(action);
    setDone(null);
    setError(null);
  }

  async function confirm(action: ProposalAction) {
    const input = { proposalId: proposal.id };
    try {
      if (action === 'submit') await submit({ variables: { input: { ...input, expectedRevision: proposal.currentRevision } } });
      if (action === 'withdraw') await withdraw({ variables: { input } });
      if (action === 'join') await join({ variables: { input } });
      if (action === 'leave') await leave({ variables: { input } });
      setDone(action);
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setAsking(null);
    }
  }

  const question = {
    submit: t('proposals.confirm.submit', { revision: proposal.currentRevision }),
    withdraw: t('proposals.confirm.withdraw', { reference: proposal.reference }),
    join: t('proposals.confirm.join', { reference: proposal.reference, state }),
    leave: t('proposals.confirm.leave', { reference: proposal.reference, state }),
  };
  const offered = (['submit', 'withdraw', 'join', 'leave'] as const).filter((action) => allowed[action]);

  return (
    <div className="proposal-actions">
      <div ref={outcome} tabIndex={-1} className="proposal-action-outcome">
        {done && (
          <p className="notice" role="status">
            {t(`proposals.done.${done}`, { state })}
          </p>
        )}
        <ErrorNotice error={error} />
      </div>
      {!allowed.edit && offered.length === 0 ? (
        <p>{t('proposals.actions.none')}</p>
      ) : (
        <ul className="action-list">
          {allowed.edit && (
            <li>
              <Link to={`/proposals/${proposal.id}/edit`} className="button-link">
                {t('proposals.action.edit')}
              </Link>
            </li>
          )}
          {offered.map((action) => (
            <li key={action}>
              <button type="button" className={action === 'withdraw' || action === 'leave' ? 'danger' : undefined} onClick={() => ask(action)} disabled={busy} aria-expanded={asking === action}>
                {t(`proposals.action.${action}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {asking && (
        <div className="confirm" role="group" aria-labelledby="proposal-confirm-question">
          <p id="proposal-confirm-question">{question[asking]}</p>
          <button ref={confirmButton} type="button" className={asking === 'withdraw' || asking === 'leave' ? 'danger' : 'primary'} onClick={() => void confirm(asking)} disabled={busy}>
            {busy ? t('proposals.working') : t(`proposals.confirm.yes.${asking}`)}
          </button>{' '}
          <button type="button" onClick={() => setAsking(null)} disabled={busy}>
            {t('proposals.confirm.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
