import { graphql } from '../../../generated';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      handle
      displayName
      avatarUrl
      role
      locale
      profileCompleteness {
        percent
        missing
      }
    }
  }
`);

export const InstanceSettingsQuery = graphql(`
  query InstanceSettings {
    instanceSettings {
      openSignUp
      passwordLogin
    }
  }
`);

export const SsoSignInQuery = graphql(`
  query SsoSignIn {
    ssoSignIn {
      providerName
      loginUrl
      available
      problem
    }
  }
`);

export const LogOutWithProviderMutation = graphql(`
  mutation LogOutWithProvider {
    logOutWithProvider {
      providerLogoutUrl
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      viewer {
        id
        handle
        displayName
        avatarUrl
        role
        locale
        profileCompleteness {
          percent
          missing
        }
      }
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      viewer {
        id
        handle
        displayName
        avatarUrl
        role
        locale
        profileCompleteness {
          percent
          missing
        }
      }
    }
  }
`);
