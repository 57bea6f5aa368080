/**
 * The one typed map of domain events, named `<domain>.<entity>.<pastVerb>`. Payloads carry ids
 * only; listeners re-read what they need, so a late job never acts on stale data.
 */
export interface OutloudEvents {
  'identity.user.registered': { userId: string };
  'identity.user.deactivated': { userId: string };
  'identity.user.reactivated': { userId: string };
  'identity.user.profileUpdated': { userId: string };
  /** Sessions ended (log out, log out everywhere, deactivation): their sockets must close. */
  'identity.session.revoked': { userId: string; sessionIds: string[] };
  'stream.post.created': { postId: string };
  'stream.post.edited': { postId: string };
  'stream.post.deleted': { postId: string };
  /** People newly mentioned in a post or reply (on creation or by an edit), to notify once. */
  'stream.mention.added': {
    postId: string;
    replyId: string | null;
    userIds: string[];
    actorId: string;
  };
  'stream.reply.created': { postId: string; replyId: string };
  'stream.reply.deleted': { postId: string; replyId: string };
  'stream.answer.accepted': { postId: string; replyId: string; acceptedBy: string };
  'stream.post.liked': { postId: string; userId: string };
  /**
   * A like that `stream.post.liked` does not announce: taken back (post or reply), given to a
   * reply, or given to one's own post. `likedAt` is when the like was (or had been) given, so
   * derived data can find the day it counted on after the row is gone.
   */
  'stream.like.changed': {
    subjectType: 'post' | 'reply';
    subjectId: string;
    userId: string;
    likedAt: string;
  };
  /**
   * An accepted answer stopped being the accepted one (cleared, or another reply accepted):
   * `acceptedAt` is when it had been accepted.
   */
  'stream.answer.cleared': { postId: string; replyId: string; acceptedAt: string };
  /** Someone followed or unfollowed someone (which of the two: re-read, jobs may run late). */
  'stream.follow.changed': { followerId: string; followeeId: string };
  /** A community's type changed; its posts' audience was updated in the same transaction. */
  'communities.community.typeChanged': { communityId: string; from: string; to: string };
  /** A community was created or its name, description, tags or type changed (for search). */
  'communities.community.saved': { communityId: string };
  'communities.member.requested': { communityId: string; userId: string };
  'communities.member.approved': { communityId: string; userId: string; approvedBy: string };
  'communities.member.invited': { communityId: string; userId: string; invitedBy: string };
  /** Someone stopped being a member (left, removed, declined); access ends at once. */
  'communities.member.removed': { communityId: string; userId: string };
  /** A file was uploaded, got a new version or new metadata, or was deleted (for search). */
  'files.file.created': { fileId: string };
  'files.file.updated': { fileId: string };
  'files.file.deleted': { fileId: string };
  /** Someone other than the owner liked or unliked a file (evidence of expertise). */
  'files.file.used': { fileId: string };
  /** A bookmark was created or edited (title, description, tags, privacy), for search. */
  'bookmarks.bookmark.saved': { bookmarkId: string };
  'bookmarks.bookmark.deleted': { bookmarkId: string };
  /**
   * Moderation: content hidden (by a moderator, or held by reports pending review) or visible
   * again. The access policy hides it at once; listeners update derived data (search index,
   * live rooms, analytics). Analytics may treat hidden like deleted.
   */
  'moderation.post.hidden': { postId: string };
  'moderation.post.restored': { postId: string };
  'moderation.reply.hidden': { postId: string; replyId: string };
  'moderation.reply.restored': { postId: string; replyId: string };
  'moderation.file.hidden': { fileId: string };
  'moderation.file.restored': { fileId: string };
  'moderation.fileComment.hidden': { fileId: string; commentId: string };
  'moderation.fileComment.restored': { fileId: string; commentId: string };
  'moderation.bookmark.hidden': { bookmarkId: string };
  'moderation.bookmark.restored': { bookmarkId: string };
  'moderation.profile.hidden': { userId: string };
  'moderation.profile.restored': { userId: string };
  /**
   * A moderator deleted content: it stays hidden for good, and its own domain leaves a
   * tombstone (posts, replies) or removes it (files, file comments, bookmarks).
   */
  'moderation.post.deleted': { postId: string; moderatorId: string };
  'moderation.reply.deleted': { postId: string; replyId: string; moderatorId: string };
  'moderation.file.deleted': { fileId: string; moderatorId: string };
  'moderation.fileComment.deleted': { fileId: string; commentId: string; moderatorId: string };
  'moderation.bookmark.deleted': { bookmarkId: string; moderatorId: string };
  /**
   * Routing offered an unanswered question to people (experts, then the community's owners):
   * each hears about it in their day's "questions you could answer" notification. `day` is the
   * organisation's local date, the notification's group.
   */
  'routing.question.offered': { postId: string; askerId: string; userIds: string[]; day: string };
  /** A decision on reported or hidden content: its author and its reporters are told. */
  'moderation.decision.recorded': { decisionId: string; itemId: string };
}

export type OutloudEventName = keyof OutloudEvents;
export type OutloudEvent<K extends OutloudEventName = OutloudEventName> = {
  type: K;
  payload: OutloudEvents[K];
};
