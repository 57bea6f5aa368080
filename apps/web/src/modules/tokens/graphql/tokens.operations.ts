import { graphql } from '../../../generated';

export const ApiTokenFieldsFragment = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    scopes
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);

export const ScimTokenFieldsFragment = graphql(`
  fragment ScimTokenFields on ScimToken {
    id
    name
    createdAt
    lastUsedAt
    revokedAt
  }
`);

export const ScimTokensQuery = graphql(`
  query ScimTokens {
    scimTokens {
      ...ScimTokenFields
    }
  }
`);

export const CreateScimTokenMutation = graphql(`
  mutation CreateScimToken($name: String!) {
    createScimToken(name: $name) {
      token
      scimToken {
        ...ScimTokenFields
      }
    }
  }
`);

export const RevokeScimTokenMutation = graphql(`
  mutation RevokeScimToken($id: ID!) {
    revokeScimToken(id: $id) {
      ...ScimTokenFields
    }
  }
`);
