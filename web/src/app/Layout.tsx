import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { may } from '../auth/permissions';
import { EntitySearch } from './EntitySearch';
import { LanguageToggle } from './LanguageToggle';

/** The frame around every signed-in page: the header with navigation, search, language and user. */
export function Layout() {
  const { t } = useTranslation();
  const { me, signOut } = useAuth();
  const scope = me?.countries === 'ALL' ? t('app.allCountries') : (me?.countries ?? []).join(', ');
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand" aria-label={t('app.home')}>
          <span className="brand__mark" aria-hidden="true">
            V
          </span>
          <span className="brand__name">Veta</span>
        </NavLink>
        <nav className="topnav" aria-label={t('app.navigation')}>
          <NavLink to="/" end>
            {t('nav.overview')}
          </NavLink>
          <NavLink to="/alerts">{t('nav.alerts')}</NavLink>
          <NavLink to="/data">{t('nav.data')}</NavLink>
          <NavLink to="/rules">{t('nav.rules')}</NavLink>
          <NavLink to="/nodes">{t('nav.nodes')}</NavLink>
          {(may(me, 'request-reveal') || may(me, 'decide-reveal')) && (
            <NavLink to="/reveals">{t('nav.reveal')}</NavLink>
          )}
        </nav>
        <EntitySearch />
        <div className="topbar__end">
          <LanguageToggle />
          {me && (
            <div className="user" aria-label={t('app.user')}>
              <span className="user__name">{me.displayName}</span>
              <span className="user__scope">
                {t(`roles.${me.role}`)} · {scope}
              </span>
            </div>
          )}
          <button type="button" className="button button--ghost" onClick={() => void signOut()}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">{t('app.footer')}</footer>
    </div>
  );
}
