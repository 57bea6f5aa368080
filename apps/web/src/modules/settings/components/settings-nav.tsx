import { useTranslation } from '@outloud/web-i18n';
import { cx } from '@outloud/web-ui';
import { NavLink } from 'react-router-dom';

/**
 * The settings area's sections: profile, preferences (language, theme), password and sessions,
 * notifications, API tokens.
 */
export function SettingsNav() {
  const { t } = useTranslation('settings');
  const link = ({ isActive }: { isActive: boolean }) =>
    cx('settings-nav__link', isActive && 'settings-nav__link--active');
  return (
    <nav aria-label={t('nav.label')} className="settings-nav">
      <NavLink to="/settings/profile" className={link}>
        {t('nav.profile')}
      </NavLink>
      <NavLink to="/settings/preferences" className={link}>
        {t('nav.preferences')}
      </NavLink>
      <NavLink to="/settings/security" className={link}>
        {t('nav.security')}
      </NavLink>
      <NavLink to="/settings/notifications" className={link}>
        {t('nav.notifications')}
      </NavLink>
      <NavLink to="/settings/api-tokens" className={link}>
        {t('nav.apiTokens')}
      </NavLink>
    </nav>
  );
}
