import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useT } from '../../app/i18n/use-t';
import { sessionStore } from '../../app/session/session-store';
import { describeError, problemsAt } from '../../errors/describe-error';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { CHANGE_PASSWORD } from './account.operations';

/** Changing the password ends every other session; this device carries on with the fresh one the API answers. */
export function ChangePasswordForm() {
  const t = useT();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const [change, { loading, error, reset }] = useMutation(CHANGE_PASSWORD);
  const mismatch = repeat.length > 0 && repeat !== newPassword;
  const fields = error ? describeError(error).fields : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (mismatch) return;
    setDone(false);
    reset();
    const { data } = await change({ variables: { input: { currentPassword, newPassword } } }).catch(() => ({ data: undefined }));
    if (!data) return;
    sessionStore.signedIn(data.changePassword);
    setCurrent('');
    setNew('');
    setRepeat('');
    setDone(true);
  }

  return (
    <form onSubmit={submit} aria-labelledby="change-password">
      <h2 id="change-password">{t('account.password.title')}</h2>
      <ErrorNotice error={error} />
      {done && <p className="notice" role="status">{t('account.password.changed')}</p>}
      <FormField label={t('account.password.current')} problems={problemsAt(fields, 'currentPassword')}>
        <input type="password" autoComplete="current-password" required value={currentPassword} onChange={(e) => setCurrent(e.target.value)} />
      </FormField>
      <FormField label={t('account.password.new')} hint={t('account.password.rules')} problems={problemsAt(fields, 'newPassword')}>
        <input type="password" autoComplete="new-password" required minLength={12} value={newPassword} onChange={(e) => setNew(e.target.value)} />
      </FormField>
      <FormField label={t('account.password.repeat')} problems={mismatch ? [{ field: 'repeat', message: t('account.password.mismatch') }] : []}>
        <input type="password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />
      </FormField>
      <button type="submit" className="primary" disabled={loading || mismatch}>
        {t('account.password.submit')}
      </button>
    </form>
  );
}
