import { Link } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { useViewer } from '../../app/session/session-context';
import { LanguagePicker } from '../../app/shell/language-picker';
import { PageTitle } from '../../ui/page-title';

export function AccountPage() {
  const t = useT();
  const viewer = useViewer();
  return (
    <>
      <PageTitle>{t('account.title')}</PageTitle>
      <dl className="facts">
        <dt>{t('account.name')}</dt>
        <dd>{viewer.displayName}</dd>
        <dt>{t('account.email')}</dt>
        <dd>{viewer.email}</dd>
        <dt>{t('account.role')}</dt>
        <dd>
          {t(`app.role.${viewer.role}`)}
          {viewer.state ? ` · ${viewer.state.name}` : ''}
        </dd>
      </dl>
      <section aria-labelledby="account-language">
        <h2 id="account-language">{t('account.languageTitle')}</h2>
        <p>{t('account.languageHint')}</p>
        <LanguagePicker signedIn />
      </section>
      <ul className="link-list">
        <li>
          <Link to="/account/security">{t('account.securityLink')}</Link>
        </li>
        <li>
          <Link to="/account/notifications">{t('account.notificationsLink')}</Link>
        </li>
        <li>
          <Link to="/inbox">{t('account.inboxLink')}</Link>
        </li>
      </ul>
    </>
  );
}
