import { graphql } from '../../graphql';

export const MY_SECURITY = graphql(`
  query MySecurity {
    me { user { id secondFactorEnabled } }
    mySessions { id current createdAt lastUsedAt expiresAt userAgent }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { accessToken expiresAt }
  }
`);

export const BEGIN_TOTP = graphql(`
  mutation BeginTotpEnrolment {
    beginTotpEnrolment { secret qrCodeDataUrl }
  }
`);

export const CONFIRM_TOTP = graphql(`
  mutation ConfirmTotpEnrolment($input: ConfirmTotpInput!) {
    confirmTotpEnrolment(input: $input) { codes }
  }
`);

export const DISABLE_TOTP = graphql(`
  mutation DisableTotp($input: DisableTotpInput!) {
    disableTotp(input: $input) { id secondFactorEnabled }
  }
`);

export const REVOKE_SESSION = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) { id }
  }
`);

export const MY_NOTIFICATION_PREFERENCES = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences { kind delivery weekday chosen }
  }
`);

export const SET_NOTIFICATION_PREFERENCE = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) { kind delivery weekday chosen }
  }
`);

export const MY_INBOX = graphql(`
  query MyInbox($unreadOnly: Boolean, $first: Int, $after: String) {
    myInbox(unreadOnly: $unreadOnly, first: $first, after: $after) {
      unreadCount
      notifications {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id kind text link read createdAt } }
      }
    }
  }
`);

export const UNREAD_COUNT = graphql(`
  query UnreadCount {
    myInbox(unreadOnly: true, first: 1) { unreadCount }
  }
`);

export const MARK_READ = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);
