import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '@outloud/server-core';

export const BookmarkErrors = {
  notFound: () => new NotFoundError('Bookmark'),
  targetNotFound: (what: 'Post' | 'File') => new NotFoundError(what),
  notOwner: () => new ForbiddenError('Only the person who saved this bookmark can change it.'),
  oneTarget: () =>
    BadUserInputError.field(['input'], 'Bookmark exactly one thing: a link, a post or a file.'),
  badUrl: (message: string) => BadUserInputError.field(['input', 'url'], message),
  alreadySaved: () => new ConflictError('You have already bookmarked this.'),
};
