import { Injectable } from '@nestjs/common';
import { OutboxService, TransactionRunner, Viewer } from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { PostEntity } from '../post/post.entity';
import { PostService } from '../post/post.service';
import { ReplyEntity } from '../reply/reply.entity';
import { ReplyRepository } from '../reply/reply.repository';
import { StreamErrors } from '../stream.errors';
import { LikeRepository, LikeSubject } from './like.repository';

/** One like per person per post or reply; counts kept on the row in the same transaction. */
@Injectable()
export class LikeService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly posts: PostService,
    private readonly replies: ReplyRepository,
    private readonly likes: LikeRepository,
    private readonly outbox: OutboxService,
  ) {}

  async setPostLike(viewer: Viewer, postId: string, liked: boolean): Promise<PostEntity> {
    return this.transactions.run(async (tx) => {
      const post = await this.posts.lockVisible(tx, viewer, postId);
      const change = await this.likes.set(tx, 'post', post.id, viewer.id, liked);
      if (!change) throw liked ? StreamErrors.alreadyLiked() : StreamErrors.notLiked();
      post.likeCount = change.likeCount;
      if (liked && post.authorId !== viewer.id)
        await this.outbox.enqueue(tx, 'stream.post.liked', { postId: post.id, userId: viewer.id });
      else await this.likeChanged(tx, 'post', post.id, viewer.id, change.likedAt);
      return post;
    });
  }

  async setReplyLike(viewer: Viewer, replyId: string, liked: boolean): Promise<ReplyEntity> {
    return this.transactions.run(async (tx) => {
      const reply = await this.replies.lockForUpdate(tx, replyId);
      if (!reply || reply.deletedAt || !(await this.replies.isVisible(reply.id, viewer.id, tx)))
        throw StreamErrors.replyNotFound();
      const change = await this.likes.set(tx, 'reply', reply.id, viewer.id, liked);
      if (!change) throw liked ? StreamErrors.alreadyLiked() : StreamErrors.notLiked();
      reply.likeCount = change.likeCount;
      await this.likeChanged(tx, 'reply', reply.id, viewer.id, change.likedAt);
      return reply;
    });
  }

  /** Every change `stream.post.liked` does not announce, for derived data (analytics). */
  private likeChanged(
    tx: EntityManager,
    subjectType: LikeSubject,
    subjectId: string,
    userId: string,
    likedAt: Date,
  ): Promise<void> {
    return this.outbox.enqueue(tx, 'stream.like.changed', {
      subjectType,
      subjectId,
      userId,
      likedAt: likedAt.toISOString(),
    });
  }
}
