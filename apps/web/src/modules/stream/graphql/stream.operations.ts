import { graphql } from '../../../generated';

export const PostAuthorFragment = graphql(`
  fragment PostAuthor on User {
    id
    handle
    displayName
    avatarUrl
    jobTitle
  }
`);

export const PostCardFragment = graphql(`
  fragment PostCard on Post {
    id
    bodyHtml
    createdAt
    editedAt
    isDeleted
    isQuestion
    isAnswered
    likeCount
    viewerHasLiked
    viewerHasBookmarked
    replyCount
    tags
    audienceLabel
    community {
      id
      slug
      name
    }
    author {
      ...PostAuthor
    }
    board {
      id
      handle
      displayName
    }
    mentions {
      id
      handle
      displayName
      isFormerColleague
    }
    moderation {
      ...ContentModerationFields
    }
  }
`);

export const ReplyFieldsFragment = graphql(`
  fragment ReplyFields on Reply {
    id
    body
    bodyHtml
    createdAt
    editedAt
    isDeleted
    likeCount
    viewerHasLiked
    author {
      ...PostAuthor
    }
    moderation {
      ...ContentModerationFields
    }
  }
`);

export const HomeFeedQuery = graphql(`
  query HomeFeed($after: String) {
    homeFeed(first: 20, after: $after) {
      edges {
        cursor
        reasons {
          kind
          label
        }
        node {
          ...PostCard
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const DiscoverQuery = graphql(`
  query Discover($after: String) {
    discover(first: 20, after: $after) {
      nodes {
        ...PostCard
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const QuestionsQuery = graphql(`
  query Questions($status: QuestionStatus, $tag: String, $after: String) {
    questions(status: $status, tag: $tag, first: 20, after: $after) {
      nodes {
        ...PostCard
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const TagQuery = graphql(`
  query TagPage($name: String!, $after: String) {
    tag(name: $name) {
      name
      postCount
      followerCount
      viewerFollows
    }
    taggedPosts(tag: $name, first: 20, after: $after) {
      nodes {
        ...PostCard
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const UserBoardQuery = graphql(`
  query UserBoard($handle: String!, $after: String) {
    user(handle: $handle) {
      id
      followerCount
      viewerFollows
      board(first: 20, after: $after) {
        nodes {
          ...PostCard
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const PostPageQuery = graphql(`
  query PostPage($id: ID!, $after: String) {
    post(id: $id) {
      ...PostCard
      body
      routedTo
      revisions {
        body
        createdAt
      }
      acceptedAnswer {
        ...ReplyFields
      }
      replies(first: 20, after: $after) {
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

export const TrendingTagsQuery = graphql(`
  query TrendingTags {
    trendingTags(limit: 8) {
      name
      postCount
    }
  }
`);

export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($query: String!) {
    users(query: $query, first: 6) {
      nodes {
        ...PostAuthor
      }
    }
  }
`);

export const CreatePostMutation = graphql(`
  mutation CreatePost($input: CreatePostInput!, $idempotencyKey: String) {
    createPost(input: $input, idempotencyKey: $idempotencyKey) {
      ...PostCard
      mentionedWhoCannotSee {
        id
        handle
        displayName
      }
    }
  }
`);

export const CreateReplyMutation = graphql(`
  mutation CreateReply($postId: ID!, $input: ReplyInput!, $idempotencyKey: String) {
    createReply(postId: $postId, input: $input, idempotencyKey: $idempotencyKey) {
      ...ReplyFields
    }
  }
`);

export const AcceptAnswerMutation = graphql(`
  mutation AcceptAnswer($postId: ID!, $replyId: ID!) {
    acceptAnswer(postId: $postId, replyId: $replyId) {
      id
      isAnswered
      acceptedAnswer {
        ...ReplyFields
      }
    }
  }
`);

export const ClearAcceptedAnswerMutation = graphql(`
  mutation ClearAcceptedAnswer($postId: ID!) {
    clearAcceptedAnswer(postId: $postId) {
      id
      isAnswered
      acceptedAnswer {
        id
      }
    }
  }
`);

export const LikePostMutation = graphql(`
  mutation LikePost($id: ID!) {
    likePost(id: $id) {
      id
      likeCount
      viewerHasLiked
    }
  }
`);

export const UnlikePostMutation = graphql(`
  mutation UnlikePost($id: ID!) {
    unlikePost(id: $id) {
      id
      likeCount
      viewerHasLiked
    }
  }
`);

export const FollowTagMutation = graphql(`
  mutation FollowTag($name: String!) {
    followTag(name: $name) {
      name
      followerCount
      viewerFollows
    }
  }
`);

export const UnfollowTagMutation = graphql(`
  mutation UnfollowTag($name: String!) {
    unfollowTag(name: $name) {
      name
      followerCount
      viewerFollows
    }
  }
`);

export const FollowUserMutation = graphql(`
  mutation FollowUser($handle: String!) {
    followUser(handle: $handle) {
      id
      followerCount
      viewerFollows
    }
  }
`);

export const UnfollowUserMutation = graphql(`
  mutation UnfollowUser($handle: String!) {
    unfollowUser(handle: $handle) {
      id
      followerCount
      viewerFollows
    }
  }
`);

export const EditPostMutation = graphql(`
  mutation EditPost($id: ID!, $input: EditPostInput!) {
    editPost(id: $id, input: $input) {
      ...PostCard
      body
      revisions {
        body
        createdAt
      }
    }
  }
`);

export const DeletePostMutation = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id) {
      ...PostCard
      body
      revisions {
        body
        createdAt
      }
    }
  }
`);

export const EditReplyMutation = graphql(`
  mutation EditReply($id: ID!, $input: ReplyInput!) {
    editReply(id: $id, input: $input) {
      ...ReplyFields
    }
  }
`);

export const DeleteReplyMutation = graphql(`
  mutation DeleteReply($id: ID!) {
    deleteReply(id: $id) {
      ...ReplyFields
    }
  }
`);

export const LikeReplyMutation = graphql(`
  mutation LikeReply($id: ID!) {
    likeReply(id: $id) {
      id
      likeCount
      viewerHasLiked
    }
  }
`);

export const UnlikeReplyMutation = graphql(`
  mutation UnlikeReply($id: ID!) {
    unlikeReply(id: $id) {
      id
      likeCount
      viewerHasLiked
    }
  }
`);
