import { graphql } from '../../../generated';

export const UserProfileQuery = graphql(`
  query UserProfile($handle: String!) {
    user(handle: $handle) {
      id
      handle
      displayName
      jobTitle
      department
      location
      bio
      avatarUrl
      expertise
      role
      isFormerColleague
      moderation {
        ...ContentModerationFields
      }
      knownFor(first: 5) {
        ...KnownForFields
      }
    }
  }
`);

export const KnownForFieldsFragment = graphql(`
  fragment KnownForFields on KnownForTopic {
    topic
    tag
    because {
      kind
      count
      topic
      lastAt
    }
    evidence {
      kind
      postId
      fileId
      title
    }
  }
`);

export const EditableProfileQuery = graphql(`
  query EditableProfile {
    viewer {
      id
      handle
      displayName
      email
      jobTitle
      department
      location
      bio
      avatarUrl
      expertise
      profileCompleteness {
        percent
        missing
      }
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      handle
      displayName
      jobTitle
      department
      location
      bio
      avatarUrl
      expertise
      profileCompleteness {
        percent
        missing
      }
    }
  }
`);
