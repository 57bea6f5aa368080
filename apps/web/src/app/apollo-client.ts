import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type FieldPolicy,
} from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { ErrorCode } from '@outloud/contracts';
import { ViewerDocument } from '../generated/graphql';

interface Page {
  edges?: readonly unknown[];
  nodes?: readonly unknown[];
}

/** Cursor pages: a request with `after` appends to what is cached; one without starts over. */
function cursorPages(keyArgs: string[] | false): FieldPolicy<Page> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.['after']) return incoming;
      return {
        ...incoming,
        edges: [...(existing.edges ?? []), ...(incoming.edges ?? [])],
        nodes: [...(existing.nodes ?? []), ...(incoming.nodes ?? [])],
      };
    },
  };
}

/** Operations where UNAUTHENTICATED means "wrong credentials", not "your session ended". */
const CREDENTIAL_OPERATIONS = new Set(['LogIn', 'SignUp']);

export function createApolloClient(): ApolloClient {
  const http = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // Apollo Server's CSRF prevention accepts requests that could not be simple cross-site forms.
    headers: { 'apollo-require-preflight': 'true' },
  });

  // When a session ends (expired, logged out elsewhere), forget the viewer so the app shows /login.
  const sessionEnded = new ErrorLink(({ error, operation }) => {
    if (CREDENTIAL_OPERATIONS.has(operation.operationName ?? '')) return;
    if (!CombinedGraphQLErrors.is(error)) return;
    if (error.errors.some((e) => e.extensions?.['code'] === ErrorCode.Unauthenticated)) {
      client.writeQuery({ query: ViewerDocument, data: { viewer: null } });
    }
  });

  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([sessionEnded, http]),
    cache: new InMemoryCache({
      typePolicies: {
        // Completeness is a value of its user; merge so partial selections do not drop fields.
        User: {
          keyFields: ['id'],
          fields: { profileCompleteness: { merge: true }, board: cursorPages(false) },
        },
        Tag: { keyFields: ['name'] },
        Post: { fields: { replies: cursorPages(false) } },
        Community: { fields: { posts: cursorPages(false) } },
        // One per moderated item: a review request updates the banner wherever it is shown.
        ContentModeration: { keyFields: ['itemId'] },
        Query: {
          fields: {
            homeFeed: cursorPages(false),
            discover: cursorPages(false),
            questions: cursorPages(['status', 'tag', 'communityId']),
            taggedPosts: cursorPages(['tag']),
            communities: cursorPages(['query', 'tag', 'mine', 'sort', 'first']),
            notifications: cursorPages(false),
            moderationQueue: cursorPages(false),
            users: cursorPages(['query', 'includeFormer', 'first']),
            people: cursorPages(['filter', 'first']),
            auditLog: cursorPages(['filter']),
          },
        },
      },
    }),
  });
  return client;
}
