import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '@outloud/server-core';

export const CommunityErrors = {
  notFound: () => new NotFoundError('Community'),
  personNotFound: () => new NotFoundError('That person'),
  slugTaken: () =>
    new ConflictError('That address is already taken by another community.', ['input', 'slug']),
  notOwner: () => new ForbiddenError('Only the community’s owners can do that.'),
  alreadyMember: () => new ConflictError('You are already a member.'),
  alreadyRequested: () => new ConflictError('Your request to join is waiting for an owner.'),
  invitationOnly: () => new ForbiddenError('This community is by invitation only.'),
  notAMember: () => new ConflictError('You are not a member of this community.'),
  noSuchRequest: () => new ConflictError('There is no request to join from that person.'),
  noInvitation: () => new ConflictError('You have no invitation to this community.'),
  lastOwner: () =>
    new ConflictError('A community needs at least one owner: promote someone else first.'),
  alreadyInCommunity: () => new ConflictError('They are already a member or invited.'),
  membersOnlyPosting: () =>
    new ForbiddenError('Only members can post in this community. Join it first.'),
  notInCommunity: () => BadUserInputError.field(['postId'], 'That post is not in this community.'),
};
