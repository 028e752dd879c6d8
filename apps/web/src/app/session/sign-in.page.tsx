import { FormEvent, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useT } from '../i18n/use-t';
import { describeError } from '../../errors/describe-error';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { PageTitle } from '../../ui/page-title';
import { LanguagePicker } from '../shell/language-picker';
import { useSession } from './session-context';

export function SignInPage() {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [useRecovery, setUseRecovery] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const back = (location.state as { from?: string } | null)?.from ?? '/';
  if (session.status === 'signed-in') return <Navigate to={back} replace />;
  if (session.status === 'restoring') return <p role="status" className="loading">{t('app.restoring')}</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.signIn({ email, password, ...(needsCode ? (useRecovery ? { recoveryCode: totpCode } : { totpCode }) : {}) });
    } catch (caught) {
      const reason = describeError(caught).reason;
      if (reason === 'SECOND_FACTOR_REQUIRED') setNeedsCode(true);
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="sign-in">
      <LanguagePicker signedIn={false} />
      <PageTitle>{t('signIn.title')}</PageTitle>
      <p>{t('signIn.intro')}</p>
      {session.ended === 'EXPIRED' && !error && <p className="notice" role="status">{t('signIn.expired')}</p>}
      {session.ended === 'SIGNED_OUT' && !error && <p className="notice" role="status">{t('signIn.signedOut')}</p>}
      <ErrorNotice error={error} />
      <form onSubmit={submit} noValidate={false}>
        <FormField label={t('signIn.email')}>
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </FormField>
        <FormField label={t('signIn.password')}>
          <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </FormField>
        {needsCode && !useRecovery && (
          <FormField label={t('signIn.totp')} hint={t('signIn.totpHint')}>
            <input inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" required value={totpCode} onChange={(e) => setTotpCode(e.target.value)} />
          </FormField>
        )}
        {needsCode && useRecovery && (
          <FormField label={t('signIn.recoveryCode')} hint={t('signIn.recoveryHint')}>
            <input autoComplete="off" required value={totpCode} onChange={(e) => setTotpCode(e.target.value)} />
          </FormField>
        )}
        {needsCode && (
          <p>
            <button type="button" className="link-button" onClick={() => (setUseRecovery(!useRecovery), setTotpCode(''))}>
              {useRecovery ? t('signIn.useAuthenticator') : t('signIn.useRecovery')}
            </button>
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p className="hint">{t('signIn.demo')}</p>
      <p>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
    </main>
  );
}
