import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '@outloud/server-core';

/** Domain errors of the stream, worded for the people who see them. */
export const StreamErrors = {
  postNotFound: () => new NotFoundError('Post'),
  replyNotFound: () => new NotFoundError('Reply'),
  personNotFound: () => new NotFoundError('That person'),
  notYourPost: () => new ForbiddenError('Only the author can change this post.'),
  notYourReply: () => new ForbiddenError('Only the author can change this reply.'),
  cannotAccept: () =>
    new ForbiddenError('Only the person who asked, or a moderator, can accept an answer.'),
  notAQuestion: () => BadUserInputError.field(['postId'], 'Only questions have accepted answers.'),
  replyFromAnotherPost: () =>
    BadUserInputError.field(['replyId'], 'That reply belongs to another post.'),
  deletedReply: () => BadUserInputError.field(['replyId'], 'A deleted reply cannot be the answer.'),
  postDeleted: () =>
    new ConflictError('This post was deleted; it can no longer be replied to or changed.'),
  alreadyLiked: () => new ConflictError('You already like this.'),
  notLiked: () => new ConflictError('You have not liked this.'),
  cannotPin: () => new ForbiddenError('Only owners of the post’s community can pin it.'),
  followSelf: () => BadUserInputError.field(['handle'], 'You cannot follow yourself.'),
  alreadyFollowing: () => new ConflictError('You already follow them.'),
  notFollowing: () => new ConflictError('You do not follow them.'),
};
