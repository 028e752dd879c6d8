import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useT } from '../../app/i18n/use-t';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { ActionDisclosure } from './action-disclosure';
import { daysFrom, localInput, toInstant } from './console-time';
import { CANCEL_BALLOT, CLOSE_BALLOT, EXTEND_BALLOT, IN_PROCESS } from './secretariat.operations';

interface BallotControlsProps {
  ballotId: string;
  closesAt: string;
}

/**
 * Extend, close now or cancel an open ballot; each says first what it will do to the states' positions. `onChanged`
 * lets a screen other than the console (the ballot page) reload what it shows of the ballot.
 */
export function BallotControls({ ballotId, closesAt, onChanged }: BallotControlsProps & { onChanged?(): void }) {
  const t = useT();
  const done = (close: () => void) => () => {
    close();
    onChanged?.();
  };
  return (
    <div className="action-row">
      <ActionDisclosure label={t('secretariat.ballot.extend')}>{(close) => <ExtendForm ballotId={ballotId} closesAt={closesAt} onDone={done(close)} />}</ActionDisclosure>
      <ActionDisclosure label={t('secretariat.ballot.closeNow')}>{(close) => <CloseForm ballotId={ballotId} onDone={done(close)} />}</ActionDisclosure>
      <ActionDisclosure label={t('secretariat.ballot.cancel')}>{(close) => <CancelForm ballotId={ballotId} onDone={done(close)} />}</ActionDisclosure>
    </div>
  );
}

function ExtendForm({ ballotId, closesAt, onDone }: BallotControlsProps & { onDone(): void }) {
  const t = useT();
  const [until, setUntil] = useState(() => localInput(daysFrom(new Date(closesAt), 7)));
  const [extend, { error, loading }] = useMutation(EXTEND_BALLOT, { refetchQueries: [IN_PROCESS] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await extend({ variables: { input: { ballotId, closesAt: toInstant(until) } } }).then(() => true, () => false)) onDone();
  };
  return (
    <form onSubmit={submit} className="action-form">
      <ErrorNotice error={error} />
      <FormField label={t('secretariat.ballot.newDeadline')} hint={t('secretariat.ballot.newDeadlineHint')}>
        <input type="datetime-local" required value={until} onChange={(e) => setUntil(e.target.value)} />
      </FormField>
      <button type="submit" className="primary" disabled={loading}>
        {t('secretariat.ballot.extendConfirm')}
      </button>
    </form>
  );
}

function CloseForm({ ballotId, onDone }: { ballotId: string; onDone(): void }) {
  const t = useT();
  const [closeBallot, { error, loading }] = useMutation(CLOSE_BALLOT, { refetchQueries: [IN_PROCESS] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await closeBallot({ variables: { input: { ballotId } } }).then(() => true, () => false)) onDone();
  };
  return (
    <form onSubmit={submit} className="action-form">
      <ErrorNotice error={error} />
      <p className="consequence">{t('secretariat.ballot.closeConsequence')}</p>
      <button type="submit" className="primary" disabled={loading}>
        {t('secretariat.ballot.closeConfirm')}
      </button>
    </form>
  );
}

function CancelForm({ ballotId, onDone }: { ballotId: string; onDone(): void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [cancel, { error, loading }] = useMutation(CANCEL_BALLOT, { refetchQueries: [IN_PROCESS] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await cancel({ variables: { input: { ballotId, reason } } }).then(() => true, () => false)) onDone();
  };
  return (
    <form onSubmit={submit} className="action-form">
      <ErrorNotice error={error} />
      <FormField label={t('secretariat.reason')} hint={t('secretariat.ballot.cancelHint')}>
        <textarea required value={reason} onChange={(e) => setReason(e.target.value)} />
      </FormField>
      <p className="consequence">{t('secretariat.ballot.cancelConsequence')}</p>
      <button type="submit" className="danger" disabled={loading}>
        {t('secretariat.ballot.cancelConfirm')}
      </button>
    </form>
  );
}
