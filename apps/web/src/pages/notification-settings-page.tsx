import { useTranslation } from '@outloud/web-i18n';
import { usePageTitle } from '../app/layout/use-page-title';
import { EmailDigestToggle } from '../modules/notifications/components/email-digest-toggle';
import { NotificationPreferences } from '../modules/notifications/components/notification-preferences';
import { SettingsNav } from '../modules/settings/components/settings-nav';

/** Which notifications a person gets and the e-mail digest, in the settings area. */
export function NotificationSettingsPage() {
  const { t } = useTranslation('settings');
  usePageTitle(t('notifications.title'));
  return (
    <div className="page page--narrow stack-lg">
      <header className="page__header">
        <h1>{t('notifications.title')}</h1>
        <p className="page__lead">{t('notifications.lead')}</p>
      </header>
      <SettingsNav />
      <NotificationPreferences />
      <EmailDigestToggle />
    </div>
  );
}
