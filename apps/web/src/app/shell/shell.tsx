import { NavLink, Outlet } from 'react-router';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/catalog';
import { useSession } from '../session/session-context';
import type { Viewer } from '../session/session-context';
import { LanguagePicker } from './language-picker';

export interface NavItem {
  to: string;
  label: MessageId;
  /** Only for these roles; everyone signed in when absent. */
  roles?: Viewer['role'][];
}

/** The frame of every signed-in screen: a skip link, the main menu, who is signed in, language, sign-out. */
export function Shell({ nav }: { nav: NavItem[] }) {
  const t = useT();
  const { viewer, signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand">
          {t('app.name')}
        </NavLink>
        <nav aria-label={t('app.nav')}>
          <ul>
            {nav.filter((item) => !item.roles || (viewer && item.roles.includes(viewer.role))).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'}>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="viewer">
          {viewer && (
            <p>
              {t('app.signedInAs', { name: viewer.displayName })}
              <br />
              <span className="viewer-role">
                {t(`app.role.${viewer.role}`)}
                {viewer.state ? ` · ${viewer.state.name}` : ''}
              </span>
            </p>
          )}
          <LanguagePicker signedIn={Boolean(viewer)} />
          <button type="button" onClick={() => void signOut()}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
