import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommunityPlacement } from '@outloud/communities';
import { UserRepository, UserRow } from '@outloud/identity';
import { ContentPolicyGate } from '@outloud/policy';
import {
  AccessPolicy,
  ContentAudience,
  IdempotencyKeys,
  OneStatement,
  OutboxService,
  RateLimits,
  readIdempotencyKey,
  TransactionRunner,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { parseBody, renderParsed } from '../markdown/markdown';
import { MentionRepository } from '../mention/mention.repository';
import { MAX_MENTIONED, MentionService } from '../mention/mention.service';
import { ReplyRepository } from '../reply/reply.repository';
import { StreamErrors } from '../stream.errors';
import { storedTags, TagRepository } from '../tag/tag.repository';
import { newPost, PostEntity } from './post.entity';
import { PostRepository } from './post.repository';
import { createPostSchema, editPostSchema } from './post.schemas';

/** A post `create` returns: with what it wrote, unless an idempotency key replayed an earlier one. */
export interface CreatedPost {
  post: PostEntity;
  /**
   * Its hashtags and mentioned people as stored, and the people its card shows (author and
   * mentioned, read whole); null for a replay (the first post, as it is now).
   */
  written: { tags: string[]; mentionIds: string[]; people: UserRow[] } | null;
}

/** Writing posts: each change is one transaction with its outbox events. */
@Injectable()
export class PostService implements OnModuleInit {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly posts: PostRepository,
    private readonly replies: ReplyRepository,
    private readonly mentions: MentionRepository,
    private readonly mentionService: MentionService,
    private readonly tags: TagRepository,
    private readonly users: UserRepository,
    private readonly outbox: OutboxService,
    private readonly policy: AccessPolicy,
    private readonly communities: CommunityPlacement,
    private readonly contentAudience: ContentAudience,
    private readonly contentPolicy: ContentPolicyGate,
    private readonly limits: RateLimits,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  /** A community's posts take its new audience in the transaction that changes its type. */
  onModuleInit(): void {
    this.contentAudience.register((tx, communityId, audience) =>
      this.posts.setCommunityAudience(tx, communityId, audience),
    );
  }

  /**
   * A new post is a few reads (board owner, mentioned people), then one statement: the post, its
   * mentions, hashtags and outbox jobs commit together in one round trip. A community post also
   * checks membership and marks the community active, so it runs in a transaction. With an
   * idempotency key, a second attempt (double click, retry) returns the first post.
   */
  async create(viewer: Viewer, input: unknown, idempotencyKey?: unknown): Promise<CreatedPost> {
    const values = validateInput(createPostSchema, input);
    const key = readIdempotencyKey(idempotencyKey);
    const parsed = parseBody(values.body);
    const id = randomUUID();
    await this.contentPolicy.requireAcknowledged(viewer);
    await this.limits.consume('post.create', viewer);
    await this.outbox.admit(); // under overload, at the pace its side effects go out
    let written: CreatedPost['written'] = null;
    let mentionsCounted = 0;
    const write = async (
      manager: EntityManager,
      claimKey?: (statement: OneStatement) => void,
    ): Promise<PostEntity> => {
      const boardUserId = values.boardHandle
        ? await this.boardOwner(manager, viewer, values.boardHandle)
        : null;
      const placement = values.communityId
        ? await this.communities.postingContext(viewer, values.communityId, manager)
        : { communityId: null, audience: 'public' as const };
      // The mentioned people and the author, whole: the response's card needs no other read.
      const { mentioned: people, people: shown } =
        await this.mentionService.resolveHandlesWithPeople(manager, parsed.mentions, [viewer.id]);
      await this.limits.consume('mention.add', viewer, people.length);
      mentionsCounted = people.length;
      const post = newPost({
        id,
        authorId: viewer.id,
        boardUserId,
        communityId: placement.communityId,
        audience: placement.audience,
        isQuestion: values.isQuestion,
        body: values.body,
        bodyHtml: renderParsed(parsed, new Set(people.map((p) => p.handle))),
      });
      const statement = new OneStatement();
      claimKey?.(statement);
      this.posts.addInsert(statement, post);
      this.mentions.addInsert(
        statement,
        { postId: post.id, replyId: null, postCreatedAt: post.createdAt },
        people,
      );
      this.tags.addInsert(statement, post.id, post.createdAt, parsed.tags);
      this.outbox.enqueueIn(statement, [
        { type: 'stream.post.created', payload: { postId: post.id } },
        ...(people.length
          ? [
              {
                type: 'stream.mention.added' as const,
                payload: {
                  postId: post.id,
                  replyId: null,
                  userIds: people.map((p) => p.id),
                  actorId: viewer.id,
                },
              },
            ]
          : []),
      ]);
      await statement.run(manager);
      written = {
        tags: storedTags(parsed.tags),
        mentionIds: people.map((p) => p.id),
        people: shown,
      };
      return post;
    };
    const post = await this.write(key, values.communityId, viewer, id, write, () =>
      // A repeat found by its failed statement wrote nothing: its mentions do not count.
      this.limits.refund('mention.add', viewer, mentionsCounted),
    );
    return { post, written };
  }

  /**
   * Runs a new post's write. With an idempotency key, a repeat returns the first post instead:
   * outside communities the key's row goes in the post's own statement (no transaction), and
   * only a key used before takes the transactional way, which replays.
   */
  private async write(
    key: string | null,
    communityId: string | null | undefined,
    viewer: Viewer,
    id: string,
    write: (
      manager: EntityManager,
      claimKey?: (statement: OneStatement) => void,
    ) => Promise<PostEntity>,
    undoCounts: () => Promise<void>,
  ): Promise<PostEntity> {
    if (key && !communityId) {
      try {
        return await write(this.transactions.manager, (statement) =>
          this.idempotency.addClaim(statement, {
            userId: viewer.id,
            scope: 'post',
            key,
            resultId: id,
          }),
        );
      } catch (error) {
        if (!this.idempotency.isTaken(error)) throw error;
        await undoCounts();
      }
    }
    if (key)
      return this.transactions.run((tx) =>
        this.idempotency.run(tx, {
          userId: viewer.id,
          scope: 'post',
          key,
          resultId: id,
          write: () => write(tx),
          replay: async (firstId) => {
            const first = await this.posts.byId(tx, firstId);
            if (!first) throw StreamErrors.postNotFound();
            return first;
          },
        }),
      );
    return communityId ? this.transactions.run(write) : write(this.transactions.manager);
  }

  /** The person whose board a post goes on; null for one's own board. */
  private async boardOwner(
    manager: EntityManager,
    viewer: Viewer,
    handle: string,
  ): Promise<string | null> {
    const ownerId = await this.users.activeIdByHandle(handle, manager);
    if (!ownerId) throw StreamErrors.personNotFound();
    return ownerId === viewer.id ? null : ownerId;
  }

  /** Edits keep the previous text as a revision (for moderators) and mark the post edited. */
  async edit(viewer: Viewer, postId: string, input: unknown): Promise<PostEntity> {
    const values = validateInput(editPostSchema, input);
    const parsed = parseBody(values.body);
    return this.transactions.run(async (tx) => {
      const post = await this.lockVisible(tx, viewer, postId);
      await this.policy.require(
        viewer,
        'post.edit',
        { ownerId: post.authorId },
        {
          orElse: StreamErrors.notYourPost,
        },
      );
      if (post.body !== values.body) {
        await this.posts.addRevision(tx, { postId: post.id, body: post.body, editedBy: viewer.id });
      }
      // Everyone the post ever notified counts towards the cap, so edits cannot widen it.
      const target = { postId: post.id, replyId: null, postCreatedAt: post.createdAt };
      const { people, fresh } = await this.mentions.withinEverNotified(
        tx,
        target,
        await this.mentionService.resolveHandles(tx, parsed.mentions),
        MAX_MENTIONED,
      );
      const added = fresh.map((p) => p.id);
      post.body = values.body;
      post.bodyHtml = renderParsed(parsed, new Set(people.map((p) => p.handle)));
      if (values.isQuestion !== undefined) post.isQuestion = values.isQuestion;
      post.editedAt = new Date();
      post.updatedAt = new Date();
      await this.posts.save(tx, post);
      await this.mentions.replace(tx, target, people);
      await this.tags.replace(tx, post.id, post.createdAt, parsed.tags);
      await this.limits.consume('mention.add', viewer, added.length);
      await this.outbox.enqueue(tx, 'stream.post.edited', { postId: post.id });
      if (added.length)
        await this.outbox.enqueue(tx, 'stream.mention.added', {
          postId: post.id,
          replyId: null,
          userIds: added,
          actorId: viewer.id,
        });
      return post;
    });
  }

  /** Leaves a tombstone: replies stay readable; the text is kept only as a revision for moderators. */
  async delete(viewer: Viewer, postId: string): Promise<PostEntity> {
    return this.transactions.run(async (tx) => {
      const post = await this.lockVisible(tx, viewer, postId);
      await this.policy.require(
        viewer,
        'post.delete',
        { ownerId: post.authorId },
        {
          orElse: StreamErrors.notYourPost,
        },
      );
      return this.tombstone(tx, post, viewer.id);
    });
  }

  /**
   * A moderator's deletion (moderation decided it and already hid the post): the same tombstone,
   * the text kept as a revision by the moderator. Repeats and deleted posts change nothing.
   */
  async deleteForModerator(postId: string, moderatorId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const post = await this.posts.lockForUpdate(tx, postId);
      if (post && !post.deletedAt) await this.tombstone(tx, post, moderatorId);
    });
  }

  private async tombstone(tx: EntityManager, post: PostEntity, editorId: string) {
    await this.posts.addRevision(tx, { postId: post.id, body: post.body, editedBy: editorId });
    post.body = '';
    post.bodyHtml = '';
    post.deletedAt = new Date();
    post.updatedAt = new Date();
    await this.posts.save(tx, post);
    await this.mentions.deleteOfPost(tx, post.id);
    await this.tags.deleteOfPost(tx, post.id);
    await this.outbox.enqueue(tx, 'stream.post.deleted', { postId: post.id });
    return post;
  }

  /** The asker, or a moderator/admin, accepts one reply of this question as its answer. */
  async accept(viewer: Viewer, postId: string, replyId: string): Promise<PostEntity> {
    return this.transactions.run(async (tx) => {
      const post = await this.lockVisible(tx, viewer, postId);
      await this.policy.require(
        viewer,
        'post.acceptAnswer',
        { ownerId: post.authorId },
        {
          orElse: StreamErrors.cannotAccept,
        },
      );
      if (!post.isQuestion) throw StreamErrors.notAQuestion();
      const reply = await this.replies.findInPost(tx, replyId);
      if (!reply || !(await this.replies.isVisible(reply.id, viewer.id, tx)))
        throw StreamErrors.replyNotFound();
      if (reply.postId !== post.id) throw StreamErrors.replyFromAnotherPost();
      if (reply.deletedAt) throw StreamErrors.deletedReply();
      if (post.acceptedReplyId !== reply.id) {
        await this.answerCleared(tx, post);
        post.acceptedReplyId = reply.id;
        post.answeredAt = new Date();
        await this.posts.save(tx, post);
        await this.outbox.enqueue(tx, 'stream.answer.accepted', {
          postId: post.id,
          replyId: reply.id,
          acceptedBy: viewer.id,
        });
      }
      return post;
    });
  }

  async clearAccepted(viewer: Viewer, postId: string): Promise<PostEntity> {
    return this.transactions.run(async (tx) => {
      const post = await this.lockVisible(tx, viewer, postId);
      await this.policy.require(
        viewer,
        'post.acceptAnswer',
        { ownerId: post.authorId },
        {
          orElse: StreamErrors.cannotAccept,
        },
      );
      await this.answerCleared(tx, post);
      post.acceptedReplyId = null;
      post.answeredAt = null;
      await this.posts.save(tx, post);
      await this.outbox.enqueue(tx, 'stream.post.edited', { postId: post.id });
      return post;
    });
  }

  /** Announces that the post's accepted answer, if any, stops being accepted (for analytics). */
  private async answerCleared(tx: EntityManager, post: PostEntity): Promise<void> {
    if (post.acceptedReplyId && post.answeredAt)
      await this.outbox.enqueue(tx, 'stream.answer.cleared', {
        postId: post.id,
        replyId: post.acceptedReplyId,
        acceptedAt: post.answeredAt.toISOString(),
      });
  }

  /**
   * Loads and row-locks a post the viewer may see and that is not deleted. Invisible and
   * missing posts give the same NOT_FOUND, checked before any permission (no existence leak).
   */
  async lockVisible(tx: EntityManager, viewer: Viewer, postId: string): Promise<PostEntity> {
    const post = await this.posts.findVisible(postId, viewer.id, tx);
    if (!post) throw StreamErrors.postNotFound();
    const locked = await this.posts.lockForUpdate(tx, post.id);
    if (!locked) throw StreamErrors.postNotFound();
    if (locked.deletedAt) throw StreamErrors.postDeleted();
    return locked;
  }
}
