import { Injectable } from '@nestjs/common';
import { FollowRepository } from './follow/follow.repository';
import { PostRepository } from './post/post.repository';
import { ReplyRepository } from './reply/reply.repository';

/**
 * What other domains may read about posts, replies and follows (notifications, real time),
 * without reading the stream's tables themselves.
 */
@Injectable()
export class StreamReader {
  constructor(
    private readonly posts: PostRepository,
    private readonly replies: ReplyRepository,
    private readonly follows: FollowRepository,
  ) {}

  /** Author and community of a post that is not deleted, or null. */
  livePost(postId: string): Promise<{ authorId: string; communityId: string | null } | null> {
    return this.posts.liveFacts(postId);
  }

  /** Whether the viewer may see a post that is not deleted (a post's live room). */
  canSeeLivePost(viewerId: string, postId: string): Promise<boolean> {
    return this.posts.isLiveAndVisible(postId, viewerId);
  }

  /** The author of a post, deleted or not. */
  postAuthor(postId: string): Promise<string | null> {
    return this.posts.authorOf(postId);
  }

  /** The author of a reply; with `liveOnly`, null once it is deleted. */
  replyAuthor(replyId: string, options: { liveOnly: boolean }): Promise<string | null> {
    return this.replies.authorOf(replyId, options);
  }

  /** Who a new reply concerns: its author, the post's author, earlier repliers, people it mentions. */
  replyThread(replyId: string, postId: string) {
    return this.replies.threadFacts(replyId, postId);
  }

  /** Everyone following a person. */
  followerIds(userId: string): Promise<string[]> {
    return this.follows.followerIds(userId);
  }
}
