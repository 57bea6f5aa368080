import { useTranslation } from '@outloud/web-i18n';
import { SettingsIcon } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { NotificationList } from '../modules/notifications/components/notification-list';

/** The notifications themselves; which ones arrive is chosen in Settings. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('pageTitle'));
  return (
    <div className="page stack-lg">
      <header className="page__header">
        <h1>{t('pageTitle')}</h1>
        <p className="page__lead">{t('pageLead')}</p>
        <p>
          <Link to="/settings/notifications" className="icon-link">
            <SettingsIcon size={18} /> {t('settingsLink')}
          </Link>
        </p>
      </header>
      <NotificationList />
    </div>
  );
}
