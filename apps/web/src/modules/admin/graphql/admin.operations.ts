import { graphql } from '../../../generated';

export const AdminPersonFragment = graphql(`
  fragment AdminPerson on User {
    id
    handle
    displayName
    department
    role
    status
    isFormerColleague
    createdAt
    lastActiveAt
  }
`);

export const AdminPeopleQuery = graphql(`
  query AdminPeople($filter: PeopleFilter, $after: String) {
    people(filter: $filter, first: 50, after: $after) {
      nodes {
        ...AdminPerson
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const PeopleDepartmentsQuery = graphql(`
  query PeopleDepartments {
    peopleDepartments
  }
`);

export const SetUserRoleMutation = graphql(`
  mutation SetUserRole($userId: ID!, $role: UserRole!) {
    setUserRole(userId: $userId, role: $role) {
      ...AdminPerson
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($userId: ID!, $reason: String) {
    deactivateUser(userId: $userId, reason: $reason) {
      ...AdminPerson
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      ...AdminPerson
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $after: String) {
    auditLog(filter: $filter, first: 50, after: $after) {
      nodes {
        id
        occurredAt
        actorType
        actorLabel
        action
        targetType
        targetId
        reason
        before
        after
        requestId
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const FileCountOfQuery = graphql(`
  query FileCountOf($userId: ID!) {
    fileCountOf(userId: $userId)
  }
`);

export const GiveFilesToNewOwnerMutation = graphql(`
  mutation GiveFilesToNewOwner($fromUserId: ID!, $toHandle: String!) {
    giveFilesToNewOwner(fromUserId: $fromUserId, toHandle: $toHandle)
  }
`);

export const CommunitiesAwaitingOwnerQuery = graphql(`
  query CommunitiesAwaitingOwner {
    communitiesAwaitingOwner {
      community {
        id
        slug
        name
        memberCount
      }
      formerOwners {
        id
        handle
        displayName
      }
    }
  }
`);

export const AssignCommunityOwnerMutation = graphql(`
  mutation AssignCommunityOwner($communityId: ID!, $handle: String!) {
    assignCommunityOwner(communityId: $communityId, handle: $handle) {
      id
    }
  }
`);
