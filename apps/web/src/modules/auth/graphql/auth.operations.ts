import { graphql } from '../../../generated';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      handle
      displayName
      avatarUrl
      role
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
        profileCompleteness {
          percent
          missing
        }
      }
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);
