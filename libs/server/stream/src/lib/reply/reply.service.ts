import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UserRow } from '@outloud/identity';
import { ContentPolicyGate } from '@outloud/policy';
import {
  AccessPolicy,
  IdempotencyKeys,
  OneStatement,
  OutboxService,
  RateLimits,
  readIdempotencyKey,
  TransactionRunner,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { LexedBody, parseBody, renderParsed } from '../markdown/markdown';
import { MentionRepository } from '../mention/mention.repository';
import { MAX_MENTIONED, MentionService } from '../mention/mention.service';
import { PostRepository } from '../post/post.repository';
import { replyBodySchema } from '../post/post.schemas';
import { PostService } from '../post/post.service';
import { StreamErrors } from '../stream.errors';
import { ReplyEntity } from './reply.entity';
import { ReplyRepository } from './reply.repository';

const replyInput = z.object({ body: replyBodySchema });

/** A reply `create` returns: with the people its card shows, unless a key replayed an earlier one. */
export interface CreatedReply {
  reply: ReplyEntity;
  /** The author and mentioned people, read whole with the mentions; null for a replay. */
  written: { people: UserRow[] } | null;
}

@Injectable()
export class ReplyService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly posts: PostService,
    private readonly postRepository: PostRepository,
    private readonly replies: ReplyRepository,
    private readonly mentions: MentionRepository,
    private readonly mentionService: MentionService,
    private readonly outbox: OutboxService,
    private readonly policy: AccessPolicy,
    private readonly contentPolicy: ContentPolicyGate,
    private readonly limits: RateLimits,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  /**
   * After the post is locked and the mentioned people read, the reply, the post's reply count,
   * the mentions and the outbox jobs go in one statement.
   */
  async create(
    viewer: Viewer,
    postId: string,
    input: unknown,
    idempotencyKey?: unknown,
  ): Promise<CreatedReply> {
    const { body } = validateInput(replyInput, input);
    const key = readIdempotencyKey(idempotencyKey);
    const parsed = parseBody(body);
    const id = randomUUID();
    await this.contentPolicy.requireAcknowledged(viewer);
    await this.limits.consume('reply.create', viewer);
    await this.outbox.admit(); // under overload, at the pace its side effects go out
    let people: UserRow[] | null = null;
    const reply = await this.transactions.run((tx) =>
      this.idempotency.run(tx, {
        userId: viewer.id,
        scope: 'reply',
        key,
        resultId: id,
        write: async () => {
          const written = await this.write(tx, viewer, postId, id, body, parsed);
          people = written.people;
          return written.reply;
        },
        replay: async (firstId) => {
          const first = await this.replies.findInPost(tx, firstId);
          if (!first) throw StreamErrors.replyNotFound();
          return first;
        },
      }),
    );
    return { reply, written: people ? { people } : null };
  }

  private async write(
    tx: EntityManager,
    viewer: Viewer,
    postId: string,
    id: string,
    body: string,
    parsed: LexedBody,
  ): Promise<{ reply: ReplyEntity; people: UserRow[] }> {
    const post = await this.posts.lockVisible(tx, viewer, postId);
    // The mentioned people and the author, whole: the response's card needs no other read.
    const { mentioned: people, people: shown } = await this.mentionService.resolveHandlesWithPeople(
      tx,
      parsed.mentions,
      [viewer.id],
    );
    await this.limits.consume('mention.add', viewer, people.length);
    const reply = Object.assign(new ReplyEntity(), {
      id,
      postId: post.id,
      authorId: viewer.id,
      body,
      bodyHtml: renderParsed(parsed, new Set(people.map((p) => p.handle))),
      likeCount: 0,
      createdAt: new Date(),
      editedAt: null,
      deletedAt: null,
    });
    const statement = new OneStatement();
    this.replies.addInsert(statement, reply);
    this.mentions.addInsert(
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
    return { reply, people: shown };
  }

  async edit(viewer: Viewer, replyId: string, input: unknown): Promise<ReplyEntity> {
    const { body } = validateInput(replyInput, input);
    const parsed = parseBody(body);
    return this.transactions.run(async (tx) => {
      const { reply, post } = await this.lockVisibleReply(tx, viewer, replyId);
      await this.policy.require(
        viewer,
        'reply.edit',
        { ownerId: reply.authorId },
        { orElse: StreamErrors.notYourReply },
      );
      const target = { postId: post.id, replyId: reply.id, postCreatedAt: post.createdAt };
      const { people, fresh } = await this.mentions.withinEverNotified(
        tx,
        target,
        await this.mentionService.resolveHandles(tx, parsed.mentions),
        MAX_MENTIONED,
      );
      const added = fresh.map((p) => p.id);
      reply.body = body;
      reply.bodyHtml = renderParsed(parsed, new Set(people.map((p) => p.handle)));
      reply.editedAt = new Date();
      await this.replies.save(tx, reply);
      await this.mentions.replace(tx, target, people);
      await this.limits.consume('mention.add', viewer, added.length);
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
    return this.transactions.run(async (tx) => {
      const { reply, post } = await this.lockVisibleReply(tx, viewer, replyId);
      await this.policy.require(
        viewer,
        'reply.delete',
        { ownerId: reply.authorId },
        { orElse: StreamErrors.notYourReply },
      );
      return this.tombstone(tx, reply, post);
    });
  }

  /** A moderator's deletion (moderation already hid it); repeats change nothing. */
  async deleteForModerator(replyId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const reply = await this.replies.lockForUpdate(tx, replyId);
      if (!reply || reply.deletedAt) return;
      const post = await this.postRepository.lockForUpdate(tx, reply.postId);
      if (post) await this.tombstone(tx, reply, post);
    });
  }

  private async tombstone(
    tx: EntityManager,
    reply: ReplyEntity,
    post: { id: string; acceptedReplyId: string | null },
  ): Promise<ReplyEntity> {
    reply.body = '';
    reply.bodyHtml = '';
    reply.deletedAt = new Date();
    await this.replies.save(tx, reply);
    await this.mentions.deleteOfReply(tx, reply.id);
    if (post.acceptedReplyId === reply.id) await this.postRepository.clearAccepted(tx, post.id);
    await this.outbox.enqueue(tx, 'stream.reply.deleted', { postId: post.id, replyId: reply.id });
    return reply;
  }

  /**
   * Row-locks a live reply of a post the viewer may see, then its post: unknown, deleted and
   * invisible replies are all NOT_FOUND.
   */
  private async lockVisibleReply(tx: EntityManager, viewer: Viewer, replyId: string) {
    const reply = await this.replies.lockForUpdate(tx, replyId);
    if (!reply || !(await this.replies.isVisible(reply.id, viewer.id, tx)))
      throw StreamErrors.replyNotFound();
    if (reply.deletedAt) throw StreamErrors.replyNotFound();
    const post = await this.posts.lockVisible(tx, viewer, reply.postId);
    return { reply, post };
  }
}
