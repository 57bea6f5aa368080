import { useMutation } from '@apollo/client/react';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationsReadMutation,
} from '../graphql/notifications.operations';
import { writeUnreadCount } from './notifications-cache';

/** Mark one, some or all notifications read; the cache follows (items and the bell's count). */
export function useMarkRead() {
  const [markSome, someState] = useMutation(MarkNotificationsReadMutation);
  const [markAll, allState] = useMutation(MarkAllNotificationsReadMutation);

  const markRead = (ids: string[]) =>
    markSome({
      variables: { ids },
      update(cache, { data }) {
        for (const id of ids) {
          cache.modify({
            id: cache.identify({ __typename: 'Notification', id }),
            fields: { read: () => true },
          });
        }
        if (typeof data?.markNotificationsRead === 'number') {
          writeUnreadCount(cache, data.markNotificationsRead);
        }
      },
    });

  const markAllRead = (loadedIds: string[]) =>
    markAll({
      update(cache) {
        for (const id of loadedIds) {
          cache.modify({
            id: cache.identify({ __typename: 'Notification', id }),
            fields: { read: () => true },
          });
        }
        writeUnreadCount(cache, 0);
      },
    });

  return { markRead, markAllRead, busy: someState.loading || allState.loading };
}
