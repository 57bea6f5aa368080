import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService, Viewer } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { PostEntity } from '../post/post.entity';
import { isUuid, PostRepository } from '../post/post.repository';
import { PostService } from '../post/post.service';
import { ReplyEntity } from '../reply/reply.entity';
import { StreamErrors } from '../stream.errors';

/** One like per person per post or reply; counts kept on the row in the same transaction. */
@Injectable()
export class LikeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostService,
    private readonly repository: PostRepository,
    private readonly outbox: OutboxService,
  ) {}

  async setPostLike(viewer: Viewer, postId: string, liked: boolean): Promise<PostEntity> {
    return this.dataSource.transaction(async (tx) => {
      const post = await this.posts.lockVisible(tx, viewer, postId);
      const changed = liked
        ? await tx.query(
            `INSERT INTO likes (subject_type, subject_id, user_id) VALUES ('post', $1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
            [post.id, viewer.id],
          )
        : await tx.query(
            `DELETE FROM likes WHERE subject_type = 'post' AND subject_id = $1 AND user_id = $2 RETURNING 1`,
            [post.id, viewer.id],
          );
      if (rowCount(changed) === 0)
        throw liked ? StreamErrors.alreadyLiked() : StreamErrors.notLiked();
      post.likeCount += liked ? 1 : -1;
      await tx.update(PostEntity, { id: post.id }, { likeCount: post.likeCount });
      if (liked && post.authorId !== viewer.id)
        await this.outbox.enqueue(tx, 'stream.post.liked', { postId: post.id, userId: viewer.id });
      return post;
    });
  }

  async setReplyLike(viewer: Viewer, replyId: string, liked: boolean): Promise<ReplyEntity> {
    return this.dataSource.transaction(async (tx) => {
      const reply = isUuid(replyId)
        ? await tx.findOne(ReplyEntity, {
            where: { id: replyId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (
        !reply ||
        reply.deletedAt ||
        !(await this.repository.findVisible(reply.postId, viewer.id, tx))
      )
        throw StreamErrors.replyNotFound();
      const changed = liked
        ? await tx.query(
            `INSERT INTO likes (subject_type, subject_id, user_id) VALUES ('reply', $1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
            [reply.id, viewer.id],
          )
        : await tx.query(
            `DELETE FROM likes WHERE subject_type = 'reply' AND subject_id = $1 AND user_id = $2 RETURNING 1`,
            [reply.id, viewer.id],
          );
      if (rowCount(changed) === 0)
        throw liked ? StreamErrors.alreadyLiked() : StreamErrors.notLiked();
      reply.likeCount += liked ? 1 : -1;
      await tx.update(ReplyEntity, { id: reply.id }, { likeCount: reply.likeCount });
      return reply;
    });
  }
}

/** TypeORM returns rows for INSERT ... RETURNING and [rows, count] for DELETE ... RETURNING. */
function rowCount(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && typeof result[1] === 'number')
    return result[1];
  return Array.isArray(result) ? result.length : 0;
}
