import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { BellIcon, cx } from '@outloud/web-ui';
import { SocketEvent } from '@outloud/contracts';
import { useState } from 'react';
import { NavLink } from 'react-router-dom';
import { useModerationNotice } from '../../moderation/hooks/use-moderation-notice';
import { useSocketEvent } from '../../realtime/hooks/use-socket-event';
import { UnreadNotificationCountQuery } from '../graphql/notifications.operations';
import { bellLabel, notificationSentence } from '../utils/notification-text';

/** The top bar's bell: the live unread count, linking to /notifications. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const { data } = useQuery(UnreadNotificationCountQuery);
  const unread = data?.unreadNotificationCount ?? 0;
  const [announcement, setAnnouncement] = useState('');
  const moderationSentence = useModerationNotice();
  useSocketEvent(SocketEvent.NotificationCreated, ({ notification }) => {
    const sentence = moderationSentence(notification) ?? notificationSentence(t, notification);
    setAnnouncement(t('bell.announce', { sentence }));
  });

  return (
    <>
      <NavLink
        to="/notifications"
        aria-label={bellLabel(t, unread)}
        className={({ isActive }) => cx('bell', isActive && 'bell--active')}
      >
        <BellIcon />
        {unread > 0 ? (
          <span className="bell__count" aria-hidden="true" data-testid="unread-count">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </NavLink>
      <span role="status" className="ol-visually-hidden">
        {announcement}
      </span>
    </>
  );
}
