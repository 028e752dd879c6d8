import { Link } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import type { DraftFieldsFragment } from '../../graphql/graphql';
import { ActionDisclosure } from './action-disclosure';
import { ReturnProposalForm } from './return-proposal.form';

interface DraftConflictsProps {
  conflicts: DraftFieldsFragment['conflicts'];
  proposals: DraftFieldsFragment['proposals'];
  onLeaveOut(proposalId: string): void;
  onReturned(): void;
}

/** Each conflict names its proposals and the three ways out: leave one out, return it, or have its sponsor rebase. */
export function DraftConflicts({ conflicts, proposals, onLeaveOut, onReturned }: DraftConflictsProps) {
  const t = useT();
  const byReference = new Map(proposals.map((proposal) => [proposal.reference, proposal]));
  return (
    <section aria-labelledby="release-conflicts">
      <h2 id="release-conflicts">{t('secretariat.release.conflicts', { count: conflicts.length })}</h2>
      <ul className="conflicts">
        {conflicts.map((conflict, index) => (
          <li key={index} className="notice notice-error">
            <p className="notice-title">
              {t(`secretariat.conflict.${conflict.kind}`)} {conflict.code ?? conflict.term ?? ''}
            </p>
            <p>{conflict.message}</p>
            {conflict.proposals.map((reference) => {
              const proposal = byReference.get(reference);
              if (!proposal) return <p key={reference}>{reference}</p>;
              return (
                <div key={reference} className="action-row">
                  <strong>{reference}</strong>
                  <button type="button" onClick={() => onLeaveOut(proposal.id)}>
                    {t('secretariat.release.leaveOut', { reference })}
                  </button>
                  <ActionDisclosure label={t('secretariat.release.return', { reference })}>
                    {(close) => <ReturnProposalForm proposalId={proposal.id} onDone={() => (close(), onReturned())} />}
                  </ActionDisclosure>
                  <Link to={`/proposals/${proposal.id}`}>{t('secretariat.release.askRebase', { reference })}</Link>
                </div>
              );
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
