import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, OutboxService, validateInput, Viewer } from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { parseBody, renderBody } from '../markdown/markdown';
import { resolveHandles, replaceMentions } from '../post/mention-resolver';
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

  async create(viewer: Viewer, postId: string, input: unknown): Promise<ReplyEntity> {
    const { body } = validateInput(replyInput, input);
    const parsed = parseBody(body);
    return this.dataSource.transaction(async (tx) => {
      const post = await this.posts.lockVisible(tx, viewer, postId);
      const people = await resolveHandles(tx, parsed.mentions);
      const reply = tx.create(ReplyEntity, {
        postId: post.id,
        authorId: viewer.id,
        body,
        bodyHtml: renderBody(body, new Set(people.map((p) => p.handle))),
      });
      await tx.save(reply);
      await tx.increment(PostEntity, { id: post.id }, 'replyCount', 1);
      const added = await replaceMentions(
        tx,
        { postId: post.id, replyId: reply.id, postCreatedAt: post.createdAt },
        people,
        { fresh: true },
      );
      await this.outbox.enqueueAll(tx, [
        { type: 'stream.reply.created', payload: { postId: post.id, replyId: reply.id } },
        ...(added.length
          ? [
              {
                type: 'stream.mention.added' as const,
                payload: { postId: post.id, replyId: reply.id, userIds: added, actorId: viewer.id },
              },
            ]
          : []),
      ]);
      return tx.findOneByOrFail(ReplyEntity, { id: reply.id });
    });
  }

  async edit(viewer: Viewer, replyId: string, input: unknown): Promise<ReplyEntity> {
    const { body } = validateInput(replyInput, input);
    const parsed = parseBody(body);
    return this.dataSource.transaction(async (tx) => {
      const { reply, post } = await this.lockVisibleReply(tx, viewer, replyId);
      if (reply.authorId !== viewer.id) throw StreamErrors.notYourReply();
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
      if (reply.authorId !== viewer.id && !this.policy.canModerate(viewer))
        throw StreamErrors.notYourReply();
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
