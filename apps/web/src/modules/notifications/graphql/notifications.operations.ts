import { graphql } from '../../../generated';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    type
    createdAt
    postId
    replyId
    excerpt
    read
    actorCount
    questionCount
    actors {
      id
      handle
      displayName
    }
    moderation {
      itemId
      targetType
      targetId
      postId
      fileId
      outcome
      reason
      automatic
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($after: String) {
    notifications(first: 20, after: $after) {
      nodes {
        ...NotificationFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsSinceQuery = graphql(`
  query NotificationsSince($afterId: ID!) {
    notificationsSince(afterId: $afterId, first: 200) {
      ...NotificationFields
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      type
      enabled
    }
  }
`);

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($type: NotificationType!, $enabled: Boolean!) {
    setNotificationPreference(type: $type, enabled: $enabled) {
      type
      enabled
    }
  }
`);

export const EmailDigestQuery = graphql(`
  query EmailDigest {
    emailDigest {
      enabled
      available
    }
  }
`);

export const SetEmailDigestMutation = graphql(`
  mutation SetEmailDigest($enabled: Boolean!) {
    setEmailDigest(enabled: $enabled) {
      enabled
      available
    }
  }
`);
