/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      secondFactorEnrolmentRequired\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query WhoAmI {\n    me {\n      kind\n      state { id code name }\n      user { id displayName email role locale secondFactorEnabled }\n    }\n  }\n": typeof types.WhoAmIDocument,
    "\n  mutation SaveLocale($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) { id locale }\n  }\n": typeof types.SaveLocaleDocument,
    "\n  query Overview($delegation: Boolean!) {\n    latestRelease { version effectiveFrom entryCount publishedAt }\n    myPendingBallots @include(if: $delegation) { id closesAt proposal { id reference revision { title } } }\n    drafts: proposals(statuses: [DRAFT], first: 10) {\n      totalCount\n      edges { node { id reference revision { title } } }\n    }\n    inProcess: proposals(statuses: [UNDER_REVIEW, VOTING], first: 10) {\n      totalCount\n      edges { node { id reference status sponsor { code name } revision { title } } }\n    }\n  }\n": typeof types.OverviewDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      secondFactorEnrolmentRequired\n    }\n  }\n": types.SignInDocument,
    "\n  query WhoAmI {\n    me {\n      kind\n      state { id code name }\n      user { id displayName email role locale secondFactorEnabled }\n    }\n  }\n": types.WhoAmIDocument,
    "\n  mutation SaveLocale($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) { id locale }\n  }\n": types.SaveLocaleDocument,
    "\n  query Overview($delegation: Boolean!) {\n    latestRelease { version effectiveFrom entryCount publishedAt }\n    myPendingBallots @include(if: $delegation) { id closesAt proposal { id reference revision { title } } }\n    drafts: proposals(statuses: [DRAFT], first: 10) {\n      totalCount\n      edges { node { id reference revision { title } } }\n    }\n    inProcess: proposals(statuses: [UNDER_REVIEW, VOTING], first: 10) {\n      totalCount\n      edges { node { id reference status sponsor { code name } revision { title } } }\n    }\n  }\n": types.OverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      secondFactorEnrolmentRequired\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      secondFactorEnrolmentRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmI {\n    me {\n      kind\n      state { id code name }\n      user { id displayName email role locale secondFactorEnabled }\n    }\n  }\n"): (typeof documents)["\n  query WhoAmI {\n    me {\n      kind\n      state { id code name }\n      user { id displayName email role locale secondFactorEnabled }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLocale($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) { id locale }\n  }\n"): (typeof documents)["\n  mutation SaveLocale($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) { id locale }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($delegation: Boolean!) {\n    latestRelease { version effectiveFrom entryCount publishedAt }\n    myPendingBallots @include(if: $delegation) { id closesAt proposal { id reference revision { title } } }\n    drafts: proposals(statuses: [DRAFT], first: 10) {\n      totalCount\n      edges { node { id reference revision { title } } }\n    }\n    inProcess: proposals(statuses: [UNDER_REVIEW, VOTING], first: 10) {\n      totalCount\n      edges { node { id reference status sponsor { code name } revision { title } } }\n    }\n  }\n"): (typeof documents)["\n  query Overview($delegation: Boolean!) {\n    latestRelease { version effectiveFrom entryCount publishedAt }\n    myPendingBallots @include(if: $delegation) { id closesAt proposal { id reference revision { title } } }\n    drafts: proposals(statuses: [DRAFT], first: 10) {\n      totalCount\n      edges { node { id reference revision { title } } }\n    }\n    inProcess: proposals(statuses: [UNDER_REVIEW, VOTING], first: 10) {\n      totalCount\n      edges { node { id reference status sponsor { code name } revision { title } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;