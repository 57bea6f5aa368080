import type { ApolloCache } from '@apollo/client';
import type { NotificationCard } from '@outloud/contracts';
import type {
  ModerationOutcome,
  ModerationTargetType,
  NotificationFieldsFragment,
} from '../../../generated/graphql';
import {
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from '../graphql/notifications.operations';
import { mergeNotifications } from '../utils/merge-notifications';

type Item = NotificationFieldsFragment & { __typename?: 'Notification' };

/** A pushed card in the shape of the GraphQL `Notification` (new ones are unread). */
export function fromCard(card: NotificationCard): Item {
  return {
    __typename: 'Notification',
    id: card.id,
    type: card.type,
    createdAt: card.createdAt,
    postId: card.postId,
    replyId: card.replyId,
    excerpt: card.excerpt,
    read: false,
    actorCount: card.actorCount,
    questionCount: card.questionCount ?? null,
    actors: card.actors.map((a) => ({
      __typename: 'NotificationActor' as const,
      id: a.id,
      handle: a.handle,
      displayName: a.displayName,
    })),
    // Pushes carry the stored values (hidden, file_comment); GraphQL the enum names.
    moderation: card.moderation
      ? {
          itemId: card.moderation.itemId,
          targetType: card.moderation.targetType.toUpperCase() as ModerationTargetType,
          targetId: card.moderation.targetId,
          postId: card.moderation.postId,
          fileId: card.moderation.fileId,
          outcome: card.moderation.outcome.toUpperCase() as ModerationOutcome,
          reason: card.moderation.reason,
          automatic: card.moderation.automatic,
        }
      : null,
  };
}

/** Adds notifications to the cached list (when it has been loaded), without duplicates. */
export function addToCachedList(
  cache: ApolloCache,
  incoming: readonly Item[],
  replacedIds: readonly string[] = [],
) {
  cache.updateQuery({ query: NotificationsQuery, variables: {} }, (data) => {
    if (!data) return data;
    const nodes = mergeNotifications(
      data.notifications.nodes.map((node) => ({ __typename: 'Notification' as const, ...node })),
      incoming,
      replacedIds,
    );
    return { ...data, notifications: { ...data.notifications, nodes } };
  });
}

export function writeUnreadCount(cache: ApolloCache, count: number) {
  cache.writeQuery({
    query: UnreadNotificationCountQuery,
    data: { unreadNotificationCount: Math.max(0, count) },
  });
}
