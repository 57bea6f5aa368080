import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FollowRepository } from './follow/follow.repository';
import { LivePostFacts, PostRepository } from './post/post.repository';
import { Reply } from './reply/dto/reply.model';
import { toReplyModel } from './reply/reply.mapper';
import { ReplyFacts, ReplyRepository } from './reply/reply.repository';

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

  /** Everyone a person follows (the rooms of their live sockets). */
  followeeIds(followerId: string): Promise<string[]> {
    return this.follows.followeeIds(followerId);
  }

  /** Whether one person follows another now. */
  isFollowing(followerId: string, followeeId: string): Promise<boolean> {
    return this.follows.follows(followerId, followeeId);
  }

  /**
   * Author and community of a post that is neither deleted nor hidden by moderation, or null:
   * one statement for every new post's push.
   */
  livePost(postId: string): Promise<LivePostFacts | null> {
    return this.posts.liveFacts(postId);
  }

  /** Whether the viewer may see a post that is not deleted (a post's live room). */
  canSeeLivePost(viewerId: string, postId: string): Promise<boolean> {
    return this.posts.isLiveAndVisible(postId, viewerId);
  }

  /** A live question's author, community, text and first reply by someone else (routing). */
  questionFacts(postId: string) {
    return this.posts.questionFacts(postId);
  }

  /** `questionFacts` of many posts at once: only the live questions among them are in the map. */
  questionsFacts(postIds: string[]) {
    return this.posts.questionsFacts(postIds);
  }

  /** Open questions since `since` that mention the person and that they never replied to. */
  questionsWaitingOn(userId: string, since: Date, limit: number): Promise<string[]> {
    return this.posts.questionsWaitingOn(userId, since, limit);
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

  /** A reply the viewer may see (hidden ones: its author and moderators), with its post's community. */
  visibleReply(
    replyId: string,
    viewerId: string,
    manager?: EntityManager,
  ): Promise<ReplyFacts | null> {
    return this.replies.findVisibleFacts(replyId, viewerId, manager);
  }

  /** Replies by id that the viewer may see, as GraphQL replies. */
  async visibleReplies(ids: readonly string[], viewerId: string): Promise<Reply[]> {
    return (await this.replies.findVisibleByIds(ids, viewerId)).map(toReplyModel);
  }
}
