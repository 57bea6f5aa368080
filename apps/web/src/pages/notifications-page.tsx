import { useTranslation } from '@outloud/web-i18n';
import { usePageTitle } from '../app/layout/use-page-title';
import { EmailDigestToggle } from '../modules/notifications/components/email-digest-toggle';
import { NotificationList } from '../modules/notifications/components/notification-list';
import { NotificationPreferences } from '../modules/notifications/components/notification-preferences';

export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('pageTitle'));
  return (
    <div className="page stack-lg">
      <header className="page__header">
        <h1>{t('pageTitle')}</h1>
        <p className="page__lead">{t('pageLead')}</p>
      </header>
      <NotificationList />
      <NotificationPreferences />
      <EmailDigestToggle />
    </div>
  );
}
