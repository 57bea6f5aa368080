import { usePageTitle } from '../app/layout/use-page-title';
import { EmailDigestToggle } from '../modules/notifications/components/email-digest-toggle';
import { NotificationList } from '../modules/notifications/components/notification-list';
import { NotificationPreferences } from '../modules/notifications/components/notification-preferences';

export function NotificationsPage() {
  usePageTitle('Notifications');
  return (
    <div className="page stack-lg">
      <header className="page__header">
        <h1>Notifications</h1>
        <p className="page__lead">Mentions, replies and answers about you, as they happen.</p>
      </header>
      <NotificationList />
      <NotificationPreferences />
      <EmailDigestToggle />
    </div>
  );
}
