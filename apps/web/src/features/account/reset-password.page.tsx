import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { describeError, problemsAt } from '../../errors/describe-error';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { PageTitle } from '../../ui/page-title';
import { RESET_PASSWORD } from './account.operations';

/** Where the reset link in the mail lands: `/reset-password?token=…`. */
export function ResetPasswordPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [reset, { data, error, loading }] = useMutation(RESET_PASSWORD);
  const mismatch = repeat.length > 0 && repeat !== newPassword;
  const fields = error ? describeError(error).fields : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mismatch) void reset({ variables: { input: { token, newPassword } } }).catch(() => undefined);
  };
  return (
    <main id="main" className="sign-in">
      <PageTitle>{t('account.reset.title')}</PageTitle>
      {!token && <p className="notice notice-error" role="alert">{t('account.reset.noToken')}</p>}
      {data ? (
        <p className="notice" role="status">
          {t('account.reset.done')} <Link to="/sign-in">{t('signIn.submit')}</Link>
        </p>
      ) : (
        token && (
          <form onSubmit={submit}>
            <ErrorNotice error={error} />
            <FormField label={t('account.password.new')} hint={t('account.password.rules')} problems={problemsAt(fields, 'newPassword')}>
              <input type="password" autoComplete="new-password" required minLength={12} value={newPassword} onChange={(e) => setNew(e.target.value)} />
            </FormField>
            <FormField label={t('account.password.repeat')} problems={mismatch ? [{ field: 'repeat', message: t('account.password.mismatch') }] : []}>
              <input type="password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />
            </FormField>
            <button type="submit" className="primary" disabled={loading || mismatch}>
              {t('account.reset.submit')}
            </button>
          </form>
        )
      )}
      <p>
        <Link to="/forgot-password">{t('account.reset.newLink')}</Link>
      </p>
    </main>
  );
}
