import { useApolloClient } from '@apollo/client/react';
import { SocketEvent } from '@outloud/contracts';
import { useRef } from 'react';
import { useOnConnect, useSocketEvent } from '../../realtime/hooks/use-socket-event';
import {
  NotificationsQuery,
  NotificationsSinceQuery,
  UnreadNotificationCountQuery,
} from '../graphql/notifications.operations';
import { addToCachedList, fromCard, writeUnreadCount } from '../hooks/notifications-cache';
import { highestId } from '../utils/merge-notifications';

const CATCH_UP_PAGE = 200;

/**
 * Keeps the notification list and unread count in the Apollo cache live: pushed cards are merged
 * as they arrive, and after every (re)connection (socket first, then catch-up, as the API asks)
 * whatever arrived while offline is fetched with `notificationsSince(lastSeenId)`, dropping
 * duplicates by id. Renders nothing.
 */
export function NotificationsLiveSync() {
  const client = useApolloClient();
  const lastSeenId = useRef<string | null>(null);
  const catchingUp = useRef(false);

  useSocketEvent(SocketEvent.NotificationCreated, ({ notification, unreadCount }) => {
    const item = fromCard(notification);
    addToCachedList(client.cache, [item], notification.replacesId ? [notification.replacesId] : []);
    writeUnreadCount(client.cache, unreadCount);
    lastSeenId.current = highestId([item], lastSeenId.current);
  });

  useOnConnect(() => {
    if (catchingUp.current) return;
    catchingUp.current = true;
    void catchUp().finally(() => {
      catchingUp.current = false;
    });
  });

  async function catchUp() {
    try {
      if (lastSeenId.current === null) {
        // First connection in this tab: the newest page is the starting point.
        const { data } = await client.query({
          query: NotificationsQuery,
          variables: {},
          fetchPolicy: 'network-only',
        });
        lastSeenId.current = highestId(data?.notifications.nodes ?? [], lastSeenId.current);
      } else {
        for (;;) {
          const { data } = await client.query({
            query: NotificationsSinceQuery,
            variables: { afterId: lastSeenId.current ?? '0' },
            fetchPolicy: 'no-cache',
          });
          const page = data?.notificationsSince ?? [];
          if (page.length === 0) break;
          addToCachedList(
            client.cache,
            page.map((n) => ({ ...n, __typename: 'Notification' as const })),
          );
          lastSeenId.current = highestId(page, lastSeenId.current);
          if (page.length < CATCH_UP_PAGE) break;
        }
      }
      await client.query({ query: UnreadNotificationCountQuery, fetchPolicy: 'network-only' });
    } catch {
      // Offline again or the session ended: the next connection tries again.
    }
  }

  return null;
}
