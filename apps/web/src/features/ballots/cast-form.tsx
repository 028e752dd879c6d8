import { FormEvent, useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../app/i18n/catalog';
import { useT } from '../../app/i18n/use-t';
import { describeError, problemsAt } from '../../errors/describe-error';
import type { CastPositionMutation } from '../../graphql/graphql';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { POSITIONS, PositionValue } from './ballot-logic';
import { CAST_POSITION } from './ballots.operations';

interface CastFormProps {
  ballotId: string;
  stateName: string;
  capacity: 'HEAD_OF_DELEGATION' | 'ACTING_HEAD';
  current: { position: string; statement?: string | null } | null;
  onRecorded(): void;
}

/** The head (or acting head) takes or changes the state's position, with a statement every state reads. */
export function CastForm({ ballotId, stateName, capacity, current, onRecorded }: CastFormProps) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const [position, setPosition] = useState<PositionValue | null>((current?.position as PositionValue | undefined) ?? null);
  const [statement, setStatement] = useState(current?.statement ?? '');
  const [missing, setMissing] = useState(false);
  const [recorded, setRecorded] = useState<CastPositionMutation['castPosition'] | null>(null);
  // What awaits the state has changed: the next look at the list asks the API again.
  const [cast, { loading, error, reset }] = useMutation(CAST_POSITION, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myPendingBallots' });
      cache.gc();
    },
  });
  const fields = error ? describeError(error).fields : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!position) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setRecorded(null);
    reset();
    try {
      const { data } = await cast({ variables: { input: { ballotId, position, statement: statement.trim() || null } } });
      if (data) {
        setRecorded(data.castPosition);
        onRecorded();
      }
    } catch {
      // Shown by ErrorNotice through the mutation's error.
    }
  };

  return (
    <form className="cast-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('ballots.cast.title')}</h2>
      {capacity === 'ACTING_HEAD' && <p className="notice">{t('ballots.cast.actingHead')}</p>}
      <p>
        {current
          ? t('ballots.cast.current', { state: stateName, position: t(`ballots.position.${current.position}` as MessageId) })
          : t('ballots.cast.none', { state: stateName })}
      </p>
      <fieldset className="positions-choice" aria-describedby={missing ? `${id}-missing` : undefined}>
        <legend>{t('ballots.cast.legend', { state: stateName })}</legend>
        {POSITIONS.map((value) => (
          <div className="choice" key={value}>
            <input
              type="radio"
              id={`${id}-${value}`}
              name={`${id}-position`}
              value={value}
              checked={position === value}
              onChange={() => setPosition(value)}
              aria-describedby={`${id}-${value}-explain`}
            />
            <label htmlFor={`${id}-${value}`}>{t(`ballots.position.${value}` as MessageId)}</label>
            <p className="field-hint" id={`${id}-${value}-explain`}>
              {t(`ballots.positionExplain.${value}` as MessageId)}
            </p>
          </div>
        ))}
        {missing && (
          <p className="field-error" id={`${id}-missing`} role="alert">
            {t('ballots.cast.choose')}
          </p>
        )}
      </fieldset>
      <FormField label={t('ballots.cast.statement')} hint={t('ballots.cast.statementHint')} problems={problemsAt(fields, 'statement')}>
        <textarea rows={4} value={statement} onChange={(event) => setStatement(event.target.value)} maxLength={5000} />
      </FormField>
      <ErrorNotice error={error} />
      <button type="submit" disabled={loading}>
        {loading ? t('ballots.cast.submitting') : current ? t('ballots.cast.change') : t('ballots.cast.submit')}
      </button>
      <p className="confirmation" role="status">
        {recorded &&
          t('ballots.cast.recorded', {
            state: recorded.state.name,
            position: t(`ballots.position.${recorded.position}` as MessageId),
            time: intl.formatDate(recorded.castAt, { dateStyle: 'medium', timeStyle: 'short' }),
          })}
      </p>
    </form>
  );
}
