import { FormEvent, useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { MessageId } from '../../app/i18n/catalog';
import { useT } from '../../app/i18n/use-t';
import { describeError, FieldProblem, problemsAt } from '../../errors/describe-error';
import type { DeviationReason, ImplementationDetailQuery, ImplementationStatus } from '../../graphql/graphql';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { checkImplementation, DeviationDraft, ImplementationDraft } from './implementation-draft';
import { REASONS, reasonLabel, STATUSES, statusLabel } from './implementation-status';
import { RECORD_IMPLEMENTATION } from './implementation.operations';

type Implementation = ImplementationDetailQuery['release']['implementations'][number];

interface RecordImplementationFormProps {
  version: string;
  record: Implementation;
  onRecorded(): void;
}

/** The delegation records its own state's implementation as a whole; the fields it needs depend on the status. */
export function RecordImplementationForm({ version, record, onRecorded }: RecordImplementationFormProps) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<ImplementationDraft>(() => ({
    status: record.status,
    legalReference: record.legalReference ?? '',
    entryIntoForce: record.entryIntoForce ?? '',
    deviations: record.deviations.map(({ entryCode, reason, explanation }) => ({ entryCode, reason, explanation })),
  }));
  const [expectedRevision, setExpectedRevision] = useState(record.revision);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [recorded, setRecorded] = useState<number | null>(null);
  const [save, { loading, error, reset }] = useMutation(RECORD_IMPLEMENTATION);
  const described = error ? describeError(error) : null;
  const fields = [...problems, ...(described?.fields ?? [])];
  // The generic wording speaks of proposals; here another member of the delegation recorded first.
  const stale = described?.reason === 'STALE_REVISION';
  const withDeviations = draft.status === 'IMPLEMENTED_WITH_DEVIATIONS';
  const change = (patch: Partial<ImplementationDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const changeDeviation = (index: number, patch: Partial<DeviationDraft>) =>
    change({ deviations: draft.deviations.map((deviation, i) => (i === index ? { ...deviation, ...patch } : deviation)) });
  const problemText = (list: FieldProblem[]) => list.map((problem) => ({ ...problem, message: problem.message.startsWith('implementation.') ? t(problem.message as MessageId) : problem.message }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRecorded(null);
    reset();
    const found = checkImplementation(draft);
    setProblems(found);
    if (found.length) return;
    try {
      const { data } = await save({
        variables: {
          input: {
            version,
            state: record.state.code,
            expectedRevision,
            status: draft.status,
            legalReference: draft.legalReference.trim() || null,
            entryIntoForce: draft.entryIntoForce || null,
            deviations: withDeviations ? draft.deviations.map((deviation) => ({ ...deviation, entryCode: deviation.entryCode.trim().toUpperCase() })) : [],
          },
        },
      });
      if (data) {
        setExpectedRevision(data.recordImplementation.revision);
        setRecorded(data.recordImplementation.revision);
        onRecorded();
      }
    } catch {
      // Shown below through the mutation's error.
    }
  };

  return (
    <form className="card implementation-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('implementation.form.title', { state: record.state.name })}</h2>
      <p>{t('implementation.form.intro')}</p>
      <FormField label={t('implementation.field.status')} problems={problemText(problemsAt(fields, 'status'))}>
        <select value={draft.status} onChange={(event) => change({ status: event.target.value as ImplementationStatus })}>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(statusLabel(status))}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t('implementation.field.legalReference')} hint={t('implementation.form.legalReferenceHint')} problems={problemText(problemsAt(fields, 'legalReference'))}>
        <input type="text" value={draft.legalReference} maxLength={500} onChange={(event) => change({ legalReference: event.target.value })} />
      </FormField>
      <FormField label={t('implementation.field.entryIntoForce')} hint={t('implementation.form.entryIntoForceHint')} problems={problemText(problemsAt(fields, 'entryIntoForce'))}>
        <input type="date" value={draft.entryIntoForce} onChange={(event) => change({ entryIntoForce: event.target.value })} />
      </FormField>
      {withDeviations && (
        <fieldset className="implementation-deviations-editor">
          <legend>{t('implementation.form.deviations')}</legend>
          <p className="field-hint">{t('implementation.form.deviationsHint')}</p>
          {problemsAt(fields, 'deviations')
            .filter((problem) => problem.field === 'deviations')
            .map((problem) => (
              <p className="field-error" key={problem.message} role="alert">
                {problemText([problem])[0].message}
              </p>
            ))}
          {draft.deviations.map((deviation, index) => (
            <fieldset key={index} className="implementation-deviation">
              <legend>{t('implementation.form.deviation', { number: index + 1 })}</legend>
              <FormField label={t('implementation.field.entryCode')} hint={t('implementation.form.entryCodeHint')} problems={problemText(problemsAt(fields, `deviations[${index}].entryCode`))}>
                <input type="text" value={deviation.entryCode} maxLength={20} onChange={(event) => changeDeviation(index, { entryCode: event.target.value })} />
              </FormField>
              <FormField label={t('implementation.field.reason')} problems={problemText(problemsAt(fields, `deviations[${index}].reason`))}>
                <select value={deviation.reason} onChange={(event) => changeDeviation(index, { reason: event.target.value as DeviationReason })}>
                  {REASONS.map((reason) => (
                    <option key={reason} value={reason}>
                      {t(reasonLabel(reason))}
                    </option>
                  ))}
                </select>
              </FormField>
              <FormField label={t('implementation.field.explanation')} problems={problemText(problemsAt(fields, `deviations[${index}].explanation`))}>
                <textarea rows={3} value={deviation.explanation} maxLength={2000} onChange={(event) => changeDeviation(index, { explanation: event.target.value })} />
              </FormField>
              <button type="button" className="secondary" onClick={() => change({ deviations: draft.deviations.filter((_, i) => i !== index) })}>
                {t('implementation.form.removeDeviation', { number: index + 1 })}
              </button>
            </fieldset>
          ))}
          <button type="button" className="secondary" onClick={() => change({ deviations: [...draft.deviations, { entryCode: '', reason: 'NOT_TRANSPOSED', explanation: '' }] })}>
            {t('implementation.form.addDeviation')}
          </button>
        </fieldset>
      )}
      {stale ? (
        <div className="notice notice-error" role="alert" data-reason="STALE_REVISION">
          <p className="notice-title">{t('error.title')}</p>
          <p>{t('implementation.form.stale')}</p>
        </div>
      ) : (
        <ErrorNotice error={error} />
      )}
      <button type="submit" disabled={loading}>
        {loading ? t('implementation.form.submitting') : t('implementation.form.submit')}
      </button>
      <p className="confirmation" role="status">
        {recorded !== null && t('implementation.form.recorded', { version, revision: recorded })}
      </p>
    </form>
  );
}
