import { graphql } from '../../../generated';

export const BookmarkFieldsFragment = graphql(`
  fragment BookmarkFields on Bookmark {
    id
    title
    description
    url
    postId
    targetKind
    tags
    isPrivate
    savedByCount
    viewerHasBookmarked
    createdAt
    file {
      id
      name
    }
    owner {
      id
      handle
      displayName
    }
    moderation {
      ...ContentModerationFields
    }
  }
`);

export const BookmarksQuery = graphql(`
  query Bookmarks($ownerHandle: String, $tag: String, $first: Int, $after: String) {
    bookmarks(ownerHandle: $ownerHandle, tag: $tag, first: $first, after: $after) {
      nodes {
        ...BookmarkFields
        alsoSavedBy {
          id
          handle
          displayName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PopularBookmarksQuery = graphql(`
  query PopularBookmarks($tag: String, $limit: Int) {
    popularBookmarks(tag: $tag, limit: $limit) {
      saveCount
      bookmark {
        ...BookmarkFields
      }
    }
  }
`);

export const BookmarkedByQuery = graphql(`
  query BookmarkedBy($url: String!) {
    bookmarkedBy(url: $url) {
      id
      handle
      displayName
    }
  }
`);

export const CreateBookmarkMutation = graphql(`
  mutation CreateBookmark($input: CreateBookmarkInput!, $idempotencyKey: String) {
    createBookmark(input: $input, idempotencyKey: $idempotencyKey) {
      ...BookmarkFields
    }
  }
`);

export const DeleteBookmarkMutation = graphql(`
  mutation DeleteBookmark($id: ID!) {
    deleteBookmark(id: $id)
  }
`);

export const DeleteBookmarkOfMutation = graphql(`
  mutation DeleteBookmarkOf($target: BookmarkTargetInput!) {
    deleteBookmarkOf(target: $target)
  }
`);
