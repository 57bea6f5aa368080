import { BadUserInputError, ForbiddenError, NotFoundError } from '@outloud/server-core';

/** Moderation's refusals. Content one cannot see is NOT_FOUND, exactly like a missing id. */
export const ModerationErrors = {
  contentNotFound: () => new NotFoundError('That content'),
  itemNotFound: () => new NotFoundError('That moderation item'),
  notAModerator: () =>
    new ForbiddenError('Only moderators, admins and community owners can review reports.'),
  cannotModerateThis: () =>
    new ForbiddenError('Only moderators, admins and its community owners can moderate this.'),
  ownContent: () =>
    BadUserInputError.field(['input', 'targetId'], 'You cannot report your own content.'),
  noteRequired: () =>
    BadUserInputError.field(['input', 'note'], 'Tell the moderators what is wrong with it.'),
  profileCannotBeDeleted: () =>
    BadUserInputError.field(
      ['itemId'],
      'A profile cannot be deleted; hide it, or deactivate the person under People.',
    ),
  notYours: () => new ForbiddenError('Only its author can ask for a review.'),
  notHidden: () =>
    BadUserInputError.field(['itemId'], 'Only hidden content can be sent back for review.'),
  deleted: () => BadUserInputError.field(['itemId'], 'This content was deleted.'),
};
