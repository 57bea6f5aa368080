import { graphql } from '../../../generated';

export const SearchQuery = graphql(`
  query Search(
    $query: String!
    $types: [SearchType!]
    $filters: SearchFilters
    $first: Int
    $after: String
    $literal: Boolean
  ) {
    search(
      query: $query
      types: $types
      filters: $filters
      first: $first
      after: $after
      literal: $literal
    ) {
      totalCount
      correctedQuery
      corrections {
        original
        corrected
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        types {
          value
          count
        }
        tags {
          value
          count
        }
      }
      nodes {
        type
        score
        highlight
        highlights {
          field
          html
        }
        post {
          id
          createdAt
          isQuestion
          isAnswered
          replyCount
          likeCount
          tags
          author {
            id
            handle
            displayName
            avatarUrl
          }
          community {
            id
            slug
            name
          }
        }
        user {
          id
          handle
          displayName
          avatarUrl
          jobTitle
          department
        }
        file {
          id
          name
          mimeType
          tags
          createdAt
          owner {
            id
            displayName
          }
        }
        bookmark {
          id
          title
          url
          postId
          targetKind
          isPrivate
          tags
          createdAt
          file {
            id
          }
          owner {
            id
            handle
            displayName
          }
        }
        community {
          id
          slug
          name
          type
          memberCount
        }
      }
    }
  }
`);

export const SimilarQuestionsQuery = graphql(`
  query SimilarQuestions($draft: String!, $first: Int) {
    similarQuestions(draft: $draft, first: $first) {
      id
      bodyText: body
      replyCount
    }
    suggestedExperts(draft: $draft, first: $first) {
      user {
        id
        handle
        displayName
      }
      because {
        kind
        count
        topic
        lastAt
      }
    }
  }
`);

export const PeopleWhoKnowQuery = graphql(`
  query PeopleWhoKnow($topic: String!, $first: Int) {
    peopleWhoKnow(topic: $topic, first: $first) {
      user {
        id
        handle
        displayName
        avatarUrl
      }
      because {
        kind
        count
        topic
        lastAt
      }
    }
  }
`);
