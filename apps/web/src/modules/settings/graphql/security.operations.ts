import { graphql } from '../../../generated';

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      userAgent
      createdAt
      lastSeenAt
      current
    }
  }
`);

export const EndSessionMutation = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const SaveLocaleMutation = graphql(`
  mutation SaveLocale($locale: String) {
    updateProfile(input: { locale: $locale }) {
      id
      locale
    }
  }
`);
