import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { PageTitle } from '../../ui/page-title';
import { REQUEST_PASSWORD_RESET } from './account.operations';

/** The answer is the same whether or not the address has an account, so the form tells no one who is registered. */
export function ForgotPasswordPage() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [request, { data, error, loading }] = useMutation(REQUEST_PASSWORD_RESET);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void request({ variables: { input: { email } } }).catch(() => undefined);
  };
  return (
    <main id="main" className="sign-in">
      <PageTitle>{t('account.forgot.title')}</PageTitle>
      {data ? (
        <p className="notice" role="status">
          {t('account.forgot.sent')}
        </p>
      ) : (
        <form onSubmit={submit}>
          <p>{t('account.forgot.intro')}</p>
          <ErrorNotice error={error} />
          <FormField label={t('signIn.email')}>
            <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </FormField>
          <button type="submit" className="primary" disabled={loading}>
            {t('account.forgot.submit')}
          </button>
        </form>
      )}
      <p>
        <Link to="/sign-in">{t('account.backToSignIn')}</Link>
      </p>
    </main>
  );
}
