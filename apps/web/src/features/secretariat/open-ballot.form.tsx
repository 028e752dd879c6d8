import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useT } from '../../app/i18n/use-t';
import type { BallotRule } from '../../graphql/graphql';
import { describeError, problemsAt } from '../../errors/describe-error';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { daysFrom, localInput, toInstant } from './console-time';
import { IN_PROCESS, OPEN_BALLOT } from './secretariat.operations';

const RULES: BallotRule[] = ['CONSENSUS', 'QUALIFIED_MAJORITY', 'SILENCE'];

interface OpenBallotFormProps {
  proposalId: string;
  revision: number;
  onDone(): void;
}

export function OpenBallotForm({ proposalId, revision, onDone }: OpenBallotFormProps) {
  const t = useT();
  const [rule, setRule] = useState<BallotRule>('CONSENSUS');
  const [closesAt, setClosesAt] = useState(() => localInput(daysFrom(new Date(), 14)));
  const [quorum, setQuorum] = useState('50');
  const [threshold, setThreshold] = useState('67');
  const [open, { error, loading }] = useMutation(OPEN_BALLOT, { refetchQueries: [IN_PROCESS] });
  const fields = error ? describeError(error).fields : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      proposalId,
      expectedRevision: revision,
      rule,
      closesAt: toInstant(closesAt),
      ...(rule !== 'SILENCE' ? { quorum: Number(quorum) / 100 } : {}),
      ...(rule === 'QUALIFIED_MAJORITY' ? { threshold: Number(threshold) / 100 } : {}),
    };
    if (await open({ variables: { input } }).then(() => true, () => false)) onDone();
  };

  return (
    <form onSubmit={submit} className="action-form">
      <ErrorNotice error={error} />
      <fieldset>
        <legend>{t('secretariat.ballot.rule')}</legend>
        {RULES.map((option) => (
          <label key={option} className="choice">
            <input type="radio" name={`rule-${proposalId}`} value={option} checked={rule === option} onChange={() => setRule(option)} />
            <span>
              <strong>{t(`secretariat.rule.${option}`)}</strong> — {t(`secretariat.rule.${option}.explained`)}
            </span>
          </label>
        ))}
      </fieldset>
      <FormField label={t('secretariat.ballot.closesAt')} hint={t('secretariat.ballot.closesAtHint')} problems={problemsAt(fields, 'closesAt')}>
        <input type="datetime-local" required value={closesAt} onChange={(e) => setClosesAt(e.target.value)} />
      </FormField>
      {rule !== 'SILENCE' && (
        <FormField label={t('secretariat.ballot.quorum')} hint={t('secretariat.ballot.quorumHint')} problems={problemsAt(fields, 'quorum')}>
          <input type="number" min={1} max={100} required value={quorum} onChange={(e) => setQuorum(e.target.value)} />
        </FormField>
      )}
      {rule === 'QUALIFIED_MAJORITY' && (
        <FormField label={t('secretariat.ballot.threshold')} hint={t('secretariat.ballot.thresholdHint')} problems={problemsAt(fields, 'threshold')}>
          <input type="number" min={51} max={100} required value={threshold} onChange={(e) => setThreshold(e.target.value)} />
        </FormField>
      )}
      <p className="consequence">{t('secretariat.ballot.openConsequence', { revision })}</p>
      <button type="submit" className="primary" disabled={loading}>
        {t('secretariat.ballot.openConfirm')}
      </button>
    </form>
  );
}
