/**
 * The one typed map of domain events, named `<domain>.<entity>.<pastVerb>`. Payloads carry ids
 * only; listeners re-read what they need, so a late job never acts on stale data.
 */
export interface OutloudEvents {
  'identity.user.registered': { userId: string };
  'identity.user.deactivated': { userId: string };
  'identity.user.reactivated': { userId: string };
  'identity.user.profileUpdated': { userId: string };
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
}

export type OutloudEventName = keyof OutloudEvents;
export type OutloudEvent<K extends OutloudEventName = OutloudEventName> = {
  type: K;
  payload: OutloudEvents[K];
};
