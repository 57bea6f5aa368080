import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessPolicy,
  OneStatement,
  OutboxService,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { parseBody, renderBody } from '../markdown/markdown';
import { addMentions, resolveHandles, replaceMentions } from '../post/mention-resolver';
import { PostEntity } from '../post/post.entity';
import { isUuid, PostRepository } from '../post/post.repository';
import { replyBodySchema } from '../post/post.schemas';
import { PostService } from '../post/post.service';
import { StreamErrors } from '../stream.errors';
import { ReplyEntity } from './reply.entity';

const replyInput = z.object({ body: replyBodySchema });

@Injectable()
export class ReplyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostService,
    private readonly repository: PostRepository,
    private readonly outbox: OutboxService,
    private readonly policy: AccessPolicy,
  ) {}

  /**
   * After the post is locked and the mentioned people read, the reply, the post's reply count,
   * the mentions and the outbox jobs go in one statement.
   */
  async create(viewer: Viewer, postId: string, input: unknown): Promise<ReplyEntity> {
    const { body } = validateInput(replyInput, input);
    const parsed = parseBody(body);
    await this.outbox.admit(); // under overload, at the pace its notifications go out
    return this.dataSource.transaction(async (tx) => {
      const post = await this.posts.lockVisible(tx, viewer, postId);
      const people = await resolveHandles(tx, parsed.mentions);
      const reply = Object.assign(new ReplyEntity(), {
        id: randomUUID(),
        postId: post.id,
        authorId: viewer.id,
        body,
        bodyHtml: renderBody(body, new Set(people.map((p) => p.handle))),
        likeCount: 0,
        createdAt: new Date(),
        editedAt: null,
        deletedAt: null,
      });
      const statement = new OneStatement();
      const p = (value: unknown) => statement.param(value);
      statement.write(
        `INSERT INTO replies (id, post_id, author_id, body, body_html, created_at)
         VALUES (${p(reply.id)}::uuid, ${p(reply.postId)}::uuid, ${p(reply.authorId)}::uuid,
                 ${p(reply.body)}, ${p(reply.bodyHtml)}, ${p(reply.createdAt)}::timestamptz)`,
      );
      statement.write(`UPDATE posts SET reply_count = reply_count + 1 WHERE id = ${p(post.id)}`);
      addMentions(
        statement,
        { postId: post.id, replyId: reply.id, postCreatedAt: post.createdAt },
        people,
      );
      this.outbox.enqueueIn(statement, [
        { type: 'stream.reply.created', payload: { postId: post.id, replyId: reply.id } },
        ...(people.length
          ? [
              {
                type: 'stream.mention.added' as const,
                payload: {
                  postId: post.id,
                  replyId: reply.id,
                  userIds: people.map((person) => person.id),
                  actorId: viewer.id,
                },
              },
            ]
          : []),
      ]);
      await statement.run(tx);
      return reply;
    });
  }

  async edit(viewer: Viewer, replyId: string, input: unknown): Promise<ReplyEntity> {
    const { body } = validateInput(replyInput, input);
    const parsed = parseBody(body);
    return this.dataSource.transaction(async (tx) => {
      const { reply, post } = await this.lockVisibleReply(tx, viewer, replyId);
      await this.policy.require(
        viewer,
        'reply.edit',
        { ownerId: reply.authorId },
        {
          orElse: StreamErrors.notYourReply,
        },
      );
      const people = await resolveHandles(tx, parsed.mentions);
      reply.body = body;
      reply.bodyHtml = renderBody(body, new Set(people.map((p) => p.handle)));
      reply.editedAt = new Date();
      await tx.save(reply);
      const added = await replaceMentions(
        tx,
        { postId: post.id, replyId: reply.id, postCreatedAt: post.createdAt },
        people,
      );
      if (added.length)
        await this.outbox.enqueue(tx, 'stream.mention.added', {
          postId: post.id,
          replyId: reply.id,
          userIds: added,
          actorId: viewer.id,
        });
      return reply;
    });
  }

  async delete(viewer: Viewer, replyId: string): Promise<ReplyEntity> {
    return this.dataSource.transaction(async (tx) => {
      const { reply, post } = await this.lockVisibleReply(tx, viewer, replyId);
      await this.policy.require(
        viewer,
        'reply.delete',
        { ownerId: reply.authorId },
        {
          orElse: StreamErrors.notYourReply,
        },
      );
      reply.body = '';
      reply.bodyHtml = '';
      reply.deletedAt = new Date();
      await tx.save(reply);
      await tx.query(`DELETE FROM mentions WHERE reply_id = $1`, [reply.id]);
      if (post.acceptedReplyId === reply.id) {
        await tx.update(PostEntity, { id: post.id }, { acceptedReplyId: null, answeredAt: null });
      }
      await this.outbox.enqueue(tx, 'stream.reply.deleted', { postId: post.id, replyId: reply.id });
      return reply;
    });
  }

  private async lockVisibleReply(tx: EntityManager, viewer: Viewer, replyId: string) {
    const reply = isUuid(replyId)
      ? await tx.findOne(ReplyEntity, {
          where: { id: replyId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!reply || !(await this.repository.findVisible(reply.postId, viewer.id, tx)))
      throw StreamErrors.replyNotFound();
    if (reply.deletedAt) throw StreamErrors.replyNotFound();
    const post = await this.posts.lockVisible(tx, viewer, reply.postId);
    return { reply, post };
  }
}
