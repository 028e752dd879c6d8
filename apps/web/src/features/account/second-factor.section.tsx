import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useT } from '../../app/i18n/use-t';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { BEGIN_TOTP, CONFIRM_TOTP, DISABLE_TOTP, MY_SECURITY } from './account.operations';

/** Enrolment is two steps so that a mistyped secret never locks anyone out: nothing changes until a code proves it. */
export function SecondFactorSection({ enabled }: { enabled: boolean }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [begin, enrolment] = useMutation(BEGIN_TOTP);
  const [confirm, confirmation] = useMutation(CONFIRM_TOTP, { refetchQueries: [MY_SECURITY] });
  const [disable, disabling] = useMutation(DISABLE_TOTP, { refetchQueries: [MY_SECURITY] });
  const offered = enrolment.data?.beginTotpEnrolment;
  const recoveryCodes = confirmation.data?.confirmTotpEnrolment.codes;

  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    void confirm({ variables: { input: { code } } }).catch(() => undefined);
  };
  const submitDisable = (event: FormEvent) => {
    event.preventDefault();
    void disable({ variables: { input: { currentPassword: password } } }).then(() => setPassword(''), () => undefined);
  };

  return (
    <section aria-labelledby="second-factor">
      <h2 id="second-factor">{t('account.totp.title')}</h2>
      <p>{enabled ? t('account.totp.on') : t('account.totp.off')}</p>
      {recoveryCodes && (
        <div className="notice" role="status">
          <p className="notice-title">{t('account.totp.recoveryTitle')}</p>
          <p>{t('account.totp.recoveryHint')}</p>
          <ul className="recovery-codes">
            {recoveryCodes.map((recovery) => (
              <li key={recovery}>
                <code>{recovery}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!enabled && !offered && (
        <button type="button" onClick={() => void begin().catch(() => undefined)} disabled={enrolment.loading}>
          {t('account.totp.begin')}
        </button>
      )}
      <ErrorNotice error={enrolment.error ?? confirmation.error ?? disabling.error} />
      {!enabled && offered && !recoveryCodes && (
        <form onSubmit={submitCode}>
          <p>{t('account.totp.scan')}</p>
          <img src={offered.qrCodeDataUrl} alt={t('account.totp.qrAlt')} width={200} height={200} />
          <p>
            {t('account.totp.secret')} <code>{offered.secret}</code>
          </p>
          <FormField label={t('signIn.totp')} hint={t('signIn.totpHint')}>
            <input inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" required value={code} onChange={(e) => setCode(e.target.value)} />
          </FormField>
          <button type="submit" className="primary" disabled={confirmation.loading}>
            {t('account.totp.confirm')}
          </button>
        </form>
      )}
      {enabled && (
        <form onSubmit={submitDisable}>
          <FormField label={t('account.password.current')} hint={t('account.totp.disableHint')}>
            <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </FormField>
          <button type="submit" className="danger" disabled={disabling.loading}>
            {t('account.totp.disable')}
          </button>
        </form>
      )}
    </section>
  );
}
