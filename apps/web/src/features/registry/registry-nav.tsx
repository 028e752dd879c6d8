import { NavLink } from 'react-router';
import { useT } from '../../app/i18n/use-t';

/** The registry's three sections, one link each; the current one is marked for assistive technology by NavLink. */
export function RegistryNav() {
  const t = useT();
  return (
    <nav className="registry-nav" aria-label={t('registry.nav')}>
      <ul className="inline-list">
        <li>
          <NavLink to="/secretariat/registry" end>
            {t('registry.nav.states')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/secretariat/registry/people">{t('registry.nav.people')}</NavLink>
        </li>
        <li>
          <NavLink to="/secretariat/registry/api-clients">{t('registry.nav.apiClients')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
