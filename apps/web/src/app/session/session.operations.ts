import { graphql } from '../../graphql';

export const SIGN_IN = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
      secondFactorEnrolmentRequired
    }
  }
`);

export const WHO_AM_I = graphql(`
  query WhoAmI {
    me {
      kind
      state { id code name }
      user { id displayName email role locale secondFactorEnabled }
    }
  }
`);

export const SAVE_LOCALE = graphql(`
  mutation SaveLocale($input: UpdateMyPreferencesInput!) {
    updateMyPreferences(input: $input) { id locale }
  }
`);
