import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '@outloud/server-core';

export const FileErrors = {
  notFound: () => new NotFoundError('File'),
  versionNotFound: () => new NotFoundError('That version'),
  notOwner: () => new ForbiddenError('Only the person who shared this file can do that.'),
  empty: () => BadUserInputError.field(['file'], 'The file is empty.'),
  noFile: () => BadUserInputError.field(['file'], 'Attach one file in a part named "file".'),
  noName: () => BadUserInputError.field(['name'], 'The file needs a name.'),
  markup: () =>
    BadUserInputError.field(
      ['file'],
      'HTML, SVG, XML and scripts cannot be shared as files (whatever their name).',
    ),
  dangerousName: () =>
    BadUserInputError.field(
      ['name'],
      'Names ending in a web page, script or program extension (.html, .svg, .js, .exe …) are not accepted.',
    ),
  unsupported: () =>
    BadUserInputError.field(
      ['file'],
      'This kind of file is not supported: share PDF, images (PNG, JPEG, GIF, WebP), Office or OpenDocument files, ZIP, or plain text.',
    ),
  tooManyPixels: (width: number, height: number, maxPixels: number) =>
    BadUserInputError.field(
      ['file'],
      `This image is ${width.toLocaleString('en')} × ${height.toLocaleString('en')} pixels: the limit is ${maxPixels / 1_000_000} megapixels. Share a smaller version.`,
    ),
  badForm: (message: string) => BadUserInputError.field(['form'], message),
  alreadyLiked: () => new ConflictError('You already like this file.'),
  notLiked: () => new ConflictError('You do not like this file.'),
  commentNotFound: () => new NotFoundError('Comment'),
  postNotFound: () => new NotFoundError('Post'),
  notPostAuthor: () => new ForbiddenError('Only the author can attach files to a post.'),
};

/**
 * Over the person's storage quota (`FILE_QUOTA_BYTES`): answered as 413 QUOTA_EXCEEDED by the
 * upload routes, before or while streaming, or when the rows are written (parallel uploads).
 */
export class QuotaExceededError extends Error {
  constructor(
    readonly quotaBytes: number,
    readonly usedBytes: number,
  ) {
    super('This upload would go over your storage quota.');
  }
}
