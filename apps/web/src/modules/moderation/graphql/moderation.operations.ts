import { graphql } from '../../../generated';

export const ContentModerationFragment = graphql(`
  fragment ContentModerationFields on ContentModeration {
    itemId
    state
    reason
    automatic
    hiddenAt
    reviewRequestedAt
  }
`);

export const ReportContentMutation = graphql(`
  mutation ReportContent($input: ReportContentInput!) {
    reportContent(input: $input) {
      id
      reason
      note
      created
    }
  }
`);

export const RequestModerationReviewMutation = graphql(`
  mutation RequestModerationReview($itemId: ID!, $note: String) {
    requestModerationReview(itemId: $itemId, note: $note) {
      ...ContentModerationFields
    }
  }
`);

export const ModerationQueueCountQuery = graphql(`
  query ModerationQueueCount {
    moderationQueueCount
  }
`);

export const ModerationItemFragment = graphql(`
  fragment ModerationItemFields on ModerationItem {
    id
    targetType
    targetId
    state
    queuedAt
    hiddenAt
    hiddenReason
    reviewRequestedAt
    reviewNote
    reportCount
    excerpt
    reasons {
      reason
      count
    }
    notes {
      reason
      note
      createdAt
    }
    author {
      id
      handle
      displayName
    }
    authorHistory {
      everHidden
      stillHidden
      deleted
    }
    post {
      id
      bodyHtml
      isDeleted
      author {
        id
        displayName
      }
      community {
        id
        name
      }
      replyCount
      replies(first: 10) {
        nodes {
          id
          bodyHtml
          author {
            id
            displayName
          }
        }
      }
    }
    reply {
      id
      bodyHtml
    }
    file {
      id
      name
    }
    profile {
      id
      handle
      displayName
    }
  }
`);

export const ModerationQueueQuery = graphql(`
  query ModerationQueue($after: String) {
    moderationQueue(first: 20, after: $after) {
      nodes {
        ...ModerationItemFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const HideContentMutation = graphql(`
  mutation HideContent($itemId: ID!, $reason: String!) {
    hideContent(itemId: $itemId, reason: $reason) {
      ...ModerationItemFields
    }
  }
`);

export const RestoreContentMutation = graphql(`
  mutation RestoreContent($itemId: ID!, $note: String) {
    restoreContent(itemId: $itemId, note: $note) {
      ...ModerationItemFields
    }
  }
`);

export const DismissReportsMutation = graphql(`
  mutation DismissReports($itemId: ID!, $note: String) {
    dismissReports(itemId: $itemId, note: $note) {
      ...ModerationItemFields
    }
  }
`);

export const DeleteContentMutation = graphql(`
  mutation DeleteContent($itemId: ID!, $reason: String!) {
    deleteContent(itemId: $itemId, reason: $reason) {
      ...ModerationItemFields
    }
  }
`);
