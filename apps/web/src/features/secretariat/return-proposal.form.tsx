import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useT } from '../../app/i18n/use-t';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { IN_PROCESS, RETURN_PROPOSAL } from './secretariat.operations';

export function ReturnProposalForm({ proposalId, onDone }: { proposalId: string; onDone(): void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [send, { error, loading }] = useMutation(RETURN_PROPOSAL, { refetchQueries: [IN_PROCESS] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await send({ variables: { input: { proposalId, reason } } }).then(() => true, () => false)) onDone();
  };
  return (
    <form onSubmit={submit} className="action-form">
      <ErrorNotice error={error} />
      <FormField label={t('secretariat.reason')} hint={t('secretariat.return.hint')}>
        <textarea required value={reason} onChange={(e) => setReason(e.target.value)} />
      </FormField>
      <p className="consequence">{t('secretariat.return.consequence')}</p>
      <button type="submit" className="primary" disabled={loading}>
        {t('secretariat.return.confirm')}
      </button>
    </form>
  );
}
