import { graphql } from '../../graphql';

export const REGISTRY_STATES = graphql(`
  query RegistryStates {
    participatingStates { id code name status }
  }
`);

export const CREATE_STATE = graphql(`
  mutation RegistryCreateState($input: CreateParticipatingStateInput!) {
    createParticipatingState(input: $input) { id code name status }
  }
`);

export const UPDATE_STATE = graphql(`
  mutation RegistryUpdateState($input: UpdateParticipatingStateInput!) {
    updateParticipatingState(input: $input) { id code name status }
  }
`);

export const REGISTRY_PEOPLE = graphql(`
  query RegistryPeople($role: Role, $stateId: ID, $first: Int, $after: String) {
    users(role: $role, stateId: $stateId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id displayName email role active secondFactorEnabled state { id code name } }
      }
    }
  }
`);

export const INVITE_USER = graphql(`
  mutation RegistryInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) { id email }
  }
`);

export const UPDATE_USER = graphql(`
  mutation RegistryUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) { id active }
  }
`);

export const ISSUE_PASSWORD_RESET = graphql(`
  mutation RegistryIssuePasswordReset($input: IssuePasswordResetInput!) {
    issuePasswordReset(input: $input) { id }
  }
`);

export const REGISTRY_API_CLIENTS = graphql(`
  query RegistryApiClients($first: Int, $after: String) {
    apiClients(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id name keyId scopes createdAt lastUsedAt revokedAt state { id code name } webhooks { id url } }
      }
    }
  }
`);

export const CREATE_API_CLIENT = graphql(`
  mutation RegistryCreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      apiKey
      apiClient { id name keyId }
    }
  }
`);

export const REVOKE_API_CLIENT = graphql(`
  mutation RegistryRevokeApiClient($input: RevokeApiClientInput!) {
    revokeApiClient(input: $input) { id revokedAt }
  }
`);

export const REGISTRY_WEBHOOK = graphql(`
  query RegistryWebhook($id: ID!) {
    webhook(id: $id) { id url events createdAt scope { prefixes codes } }
    webhookDeliveries(webhookId: $id) {
      id eventType status attempts nextAttemptAt lastStatusCode lastError createdAt completedAt
      attemptLog { number attemptedAt statusCode error durationMs }
    }
  }
`);

export const REDELIVER_WEBHOOK = graphql(`
  mutation RegistryRedeliverWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) { id status }
  }
`);
