import { graphql } from '../../../generated';

export const FileSummaryFragment = graphql(`
  fragment FileSummary on File {
    id
    name
    description
    mimeType
    sizeBytes
    version
    likeCount
    commentCount
    downloadCount
    viewerHasLiked
    updatedAt
    tags
    owner {
      id
      handle
      displayName
      isFormerColleague
    }
    community {
      id
      slug
      name
    }
  }
`);

export const MyFilesQuery = graphql(`
  query MyFiles($ownerHandle: String, $communityId: ID, $first: Int, $after: String) {
    files(ownerHandle: $ownerHandle, communityId: $communityId, first: $first, after: $after) {
      nodes {
        ...FileSummary
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PopularFilesQuery = graphql(`
  query PopularFiles($by: FilePopularity!, $communityId: ID, $limit: Int) {
    popularFiles(by: $by, communityId: $communityId, limit: $limit) {
      ...FileSummary
    }
  }
`);

export const FileQuery = graphql(`
  query FilePage($id: ID!) {
    file(id: $id) {
      ...FileSummary
      downloadUrl
      previewUrl
      viewerHasBookmarked
      downloaderCount
      isPreviewable
      createdAt
      sha256
      versions {
        version
        name
        mimeType
        sizeBytes
        createdAt
        downloadUrl
        uploadedBy {
          id
          displayName
          isFormerColleague
        }
      }
      moderation {
        ...ContentModerationFields
      }
      comments {
        id
        body
        createdAt
        author {
          id
          handle
          displayName
        }
        moderation {
          ...ContentModerationFields
        }
      }
    }
  }
`);

export const LikeFileMutation = graphql(`
  mutation LikeFile($id: ID!) {
    likeFile(id: $id) {
      id
      likeCount
      viewerHasLiked
    }
  }
`);

export const UnlikeFileMutation = graphql(`
  mutation UnlikeFile($id: ID!) {
    unlikeFile(id: $id) {
      id
      likeCount
      viewerHasLiked
    }
  }
`);

export const CommentOnFileMutation = graphql(`
  mutation CommentOnFile($fileId: ID!, $body: String!) {
    commentOnFile(fileId: $fileId, body: $body) {
      id
      body
      createdAt
      author {
        id
        handle
        displayName
      }
    }
  }
`);
