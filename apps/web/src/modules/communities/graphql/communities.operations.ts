import { graphql } from '../../../generated';

export const CommunityCardFragment = graphql(`
  fragment CommunityCard on Community {
    id
    slug
    name
    description
    imageUrl
    tags
    type
    memberCount
    lastActivityAt
    isDormant
    viewerMembership {
      role
      state
    }
  }
`);

export const CommunityMemberFieldsFragment = graphql(`
  fragment CommunityMemberFields on CommunityMember {
    role
    state
    since
    user {
      ...PostAuthor
    }
  }
`);

export const CommunitiesQuery = graphql(`
  query Communities(
    $query: String
    $tag: String
    $mine: Boolean
    $sort: CommunitySort
    $after: String
  ) {
    communities(query: $query, tag: $tag, mine: $mine, sort: $sort, first: 24, after: $after) {
      nodes {
        ...CommunityCard
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The composer's "Post in" choices. */
export const MyCommunitiesQuery = graphql(`
  query MyCommunities {
    communities(mine: true, sort: NAME, first: 100) {
      nodes {
        id
        slug
        name
        type
        memberCount
      }
    }
  }
`);

export const CommunityPageQuery = graphql(`
  query CommunityPage($slug: String!, $after: String) {
    community(slug: $slug) {
      ...CommunityCard
      createdAt
      pinnedPosts(first: 10) {
        nodes {
          ...PostCard
        }
      }
      posts(first: 20, after: $after) {
        nodes {
          ...PostCard
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
      unansweredQuestions(first: 5) {
        nodes {
          id
          body
          createdAt
          author {
            id
            displayName
          }
        }
      }
      members(first: 100) {
        nodes {
          ...CommunityMemberFields
        }
        pageInfo {
          hasNextPage
        }
      }
      joinRequests(first: 100) {
        nodes {
          ...CommunityMemberFields
        }
      }
    }
  }
`);

export const CreateCommunityMutation = graphql(`
  mutation CreateCommunity($input: CreateCommunityInput!) {
    createCommunity(input: $input) {
      ...CommunityCard
    }
  }
`);

export const UpdateCommunityMutation = graphql(`
  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {
    updateCommunity(id: $id, input: $input) {
      ...CommunityCard
    }
  }
`);

export const JoinCommunityMutation = graphql(`
  mutation JoinCommunity($id: ID!) {
    joinCommunity(id: $id) {
      role
      state
    }
  }
`);

export const LeaveCommunityMutation = graphql(`
  mutation LeaveCommunity($id: ID!) {
    leaveCommunity(id: $id)
  }
`);

export const ApproveJoinRequestMutation = graphql(`
  mutation ApproveJoinRequest($communityId: ID!, $userId: ID!) {
    approveJoinRequest(communityId: $communityId, userId: $userId)
  }
`);

export const RejectJoinRequestMutation = graphql(`
  mutation RejectJoinRequest($communityId: ID!, $userId: ID!) {
    rejectJoinRequest(communityId: $communityId, userId: $userId)
  }
`);

export const InviteToCommunityMutation = graphql(`
  mutation InviteToCommunity($communityId: ID!, $handle: String!) {
    inviteToCommunity(communityId: $communityId, handle: $handle) {
      role
      state
    }
  }
`);

export const RemoveCommunityMemberMutation = graphql(`
  mutation RemoveCommunityMember($communityId: ID!, $userId: ID!) {
    removeCommunityMember(communityId: $communityId, userId: $userId)
  }
`);

export const SetCommunityRoleMutation = graphql(`
  mutation SetCommunityRole($communityId: ID!, $userId: ID!, $role: MembershipRole!) {
    setCommunityRole(communityId: $communityId, userId: $userId, role: $role) {
      role
      state
    }
  }
`);

export const PinPostMutation = graphql(`
  mutation PinPost($id: ID!) {
    pinPost(id: $id) {
      id
    }
  }
`);

export const UnpinPostMutation = graphql(`
  mutation UnpinPost($id: ID!) {
    unpinPost(id: $id) {
      id
    }
  }
`);
