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
    "\n  query Viewer {\n    viewer {\n      id\n      handle\n      displayName\n      avatarUrl\n      role\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query InstanceSettings {\n    instanceSettings {\n      openSignUp\n    }\n  }\n": typeof types.InstanceSettingsDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  query UserProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      role\n      isFormerColleague\n    }\n  }\n": typeof types.UserProfileDocument,
    "\n  query EditableProfile {\n    viewer {\n      id\n      handle\n      displayName\n      email\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": typeof types.EditableProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      handle\n      displayName\n      avatarUrl\n      role\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query InstanceSettings {\n    instanceSettings {\n      openSignUp\n    }\n  }\n": types.InstanceSettingsDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query UserProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      role\n      isFormerColleague\n    }\n  }\n": types.UserProfileDocument,
    "\n  query EditableProfile {\n    viewer {\n      id\n      handle\n      displayName\n      email\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": types.EditableProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": types.UpdateProfileDocument,
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
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      handle\n      displayName\n      avatarUrl\n      role\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      handle\n      displayName\n      avatarUrl\n      role\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstanceSettings {\n    instanceSettings {\n      openSignUp\n    }\n  }\n"): (typeof documents)["\n  query InstanceSettings {\n    instanceSettings {\n      openSignUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      role\n      isFormerColleague\n    }\n  }\n"): (typeof documents)["\n  query UserProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      role\n      isFormerColleague\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditableProfile {\n    viewer {\n      id\n      handle\n      displayName\n      email\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditableProfile {\n    viewer {\n      id\n      handle\n      displayName\n      email\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;