import { graphql } from '../../../generated';

/** Replies after the last one shown, when `reply:created` arrives on an open post page. */
export const LiveRepliesQuery = graphql(`
  query LiveReplies($id: ID!, $after: String) {
    post(id: $id) {
      id
      replyCount
      replies(first: 50, after: $after) {
        nodes {
          ...ReplyFields
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

/** The accepted answer, when `answer:accepted` arrives on an open post page. */
export const LiveAcceptedAnswerQuery = graphql(`
  query LiveAcceptedAnswer($id: ID!) {
    post(id: $id) {
      id
      isAnswered
      acceptedAnswer {
        ...ReplyFields
      }
    }
  }
`);
