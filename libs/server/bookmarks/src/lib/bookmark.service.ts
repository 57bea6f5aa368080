import { Injectable } from '@nestjs/common';
import { FileRepository } from '@outloud/files';
import {
  AccessPolicy,
  IdempotencyKeys,
  isUniqueViolation,
  isUuid,
  OutboxService,
  readIdempotencyKey,
  TransactionRunner,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import { excerpt, PostRepository } from '@outloud/stream';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { parseBookmarkUrl } from './bookmark-url';
import { BookmarkEntity, BookmarkTargetType } from './bookmark.entity';
import { BookmarkErrors } from './bookmark.errors';
import { BookmarkRepository } from './bookmark.repository';
import {
  bookmarkTargetSchema,
  createBookmarkSchema,
  updateBookmarkSchema,
} from './bookmark.schemas';

interface Target {
  targetType: BookmarkTargetType;
  url: string | null;
  postId: string | null;
  fileId: string | null;
  targetKey: string;
  defaultTitle: string;
}

/** Saving links, posts and files; nothing is ever fetched from a saved URL. */
@Injectable()
export class BookmarkService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly bookmarks: BookmarkRepository,
    private readonly posts: PostRepository,
    private readonly files: FileRepository,
    private readonly outbox: OutboxService,
    private readonly policy: AccessPolicy,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  /** With an idempotency key, a second attempt (double click, retry) returns the first bookmark. */
  async create(viewer: Viewer, input: unknown, idempotencyKey?: unknown): Promise<BookmarkEntity> {
    const values = validateInput(createBookmarkSchema, input);
    const key = readIdempotencyKey(idempotencyKey);
    const target = await this.resolveTarget(viewer, values);
    const id = randomUUID();
    try {
      return await this.transactions.run((tx) =>
        this.idempotency.run(tx, {
          userId: viewer.id,
          scope: 'bookmark',
          key,
          resultId: id,
          write: () => this.insert(tx, viewer, id, target, values),
          replay: async (firstId) => {
            const first = await this.bookmarks.ownById(tx, viewer.id, firstId);
            if (!first) throw BookmarkErrors.notFound();
            return first;
          },
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw BookmarkErrors.alreadySaved();
      throw error;
    }
  }

  private async insert(
    tx: EntityManager,
    viewer: Viewer,
    id: string,
    target: Target,
    values: z.output<typeof createBookmarkSchema>,
  ): Promise<BookmarkEntity> {
    const bookmark = await tx.save(
      tx.create(BookmarkEntity, {
        id,
        ownerId: viewer.id,
        targetType: target.targetType,
        url: target.url,
        postId: target.postId,
        fileId: target.fileId,
        targetKey: target.targetKey,
        title: values.title ?? target.defaultTitle,
        description: values.description ?? '',
        tags: values.tags ?? [],
        isPrivate: values.isPrivate ?? false,
      }),
    );
    await this.outbox.enqueue(tx, 'bookmarks.bookmark.saved', { bookmarkId: bookmark.id });
    return bookmark;
  }

  async update(viewer: Viewer, id: string, input: unknown): Promise<BookmarkEntity> {
    const values = validateInput(updateBookmarkSchema, input);
    return this.transactions.run(async (tx) => {
      const bookmark = await this.bookmarks.findVisible(id, viewer.id, tx);
      if (!bookmark) throw BookmarkErrors.notFound();
      await this.policy.require(
        viewer,
        'bookmark.edit',
        { ownerId: bookmark.ownerId },
        {
          orElse: BookmarkErrors.notOwner,
        },
      );
      for (const [key, value] of Object.entries(values))
        if (value !== undefined && value !== null) Object.assign(bookmark, { [key]: value });
      bookmark.updatedAt = new Date();
      const saved = await tx.save(bookmark);
      await this.outbox.enqueue(tx, 'bookmarks.bookmark.saved', { bookmarkId: bookmark.id });
      return saved;
    });
  }

  /** The owner can always remove their own bookmark, even when its target became invisible. */
  async delete(viewer: Viewer, id: string): Promise<void> {
    const mine = isUuid(id)
      ? await this.bookmarks.ownById(this.transactions.manager, viewer.id, id)
      : null;
    if (!mine) {
      const visible = await this.bookmarks.findVisible(id, viewer.id);
      throw visible ? BookmarkErrors.notOwner() : BookmarkErrors.notFound();
    }
    await this.deleteRows(viewer, { id: mine.id });
  }

  /**
   * Removes the viewer's bookmark of a link, post or file (the bookmark button's "un-save"),
   * whatever its id; false when there was none. Targets need not be visible any more.
   */
  async deleteOf(viewer: Viewer, input: unknown): Promise<boolean> {
    const values = validateInput(bookmarkTargetSchema, input);
    const given = [values.url, values.postId, values.fileId].filter((v) => v != null);
    if (given.length !== 1) throw BookmarkErrors.oneTarget();
    let targetKey: string;
    if (values.url != null) {
      const parsed = parseBookmarkUrl(values.url);
      if (!parsed.ok) throw BookmarkErrors.badUrl(parsed.message);
      targetKey = parsed.key;
    } else targetKey = values.postId != null ? `post:${values.postId}` : `file:${values.fileId}`;
    return (await this.deleteRows(viewer, { targetKey })) > 0;
  }

  /** A moderator's deletion (moderation hid the bookmark already); repeats change nothing. */
  async deleteForModerator(bookmarkId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const result = await tx.delete(BookmarkEntity, { id: bookmarkId });
      if (result.affected)
        await this.outbox.enqueue(tx, 'bookmarks.bookmark.deleted', { bookmarkId });
    });
  }

  private deleteRows(viewer: Viewer, where: { id: string } | { targetKey: string }) {
    return this.transactions.run(async (tx) => {
      const ids = await this.bookmarks.deleteOwn(tx, viewer.id, where);
      for (const bookmarkId of ids)
        await this.outbox.enqueue(tx, 'bookmarks.bookmark.deleted', { bookmarkId });
      return ids.length;
    });
  }

  /** Exactly one target; posts and files must be visible to the viewer now. */
  private async resolveTarget(
    viewer: Viewer,
    values: { url?: string | null; postId?: string | null; fileId?: string | null },
  ): Promise<Target> {
    const given = [values.url, values.postId, values.fileId].filter((v) => v != null);
    if (given.length !== 1) throw BookmarkErrors.oneTarget();
    const none = { url: null, postId: null, fileId: null };
    if (values.url != null) {
      const parsed = parseBookmarkUrl(values.url);
      if (!parsed.ok) throw BookmarkErrors.badUrl(parsed.message);
      return {
        ...none,
        targetType: 'url',
        url: parsed.url,
        targetKey: parsed.key,
        defaultTitle: parsed.url.slice(0, 200),
      };
    }
    if (values.postId != null) {
      const post = await this.posts.findVisible(values.postId, viewer.id);
      if (!post || post.deletedAt) throw BookmarkErrors.targetNotFound('Post');
      return {
        ...none,
        targetType: 'post',
        postId: post.id,
        targetKey: `post:${post.id}`,
        defaultTitle: excerpt(post.body, 190) || 'Post',
      };
    }
    const file = await this.files.findVisible(values.fileId as string, viewer.id);
    if (!file) throw BookmarkErrors.targetNotFound('File');
    return {
      ...none,
      targetType: 'file',
      fileId: file.id,
      targetKey: `file:${file.id}`,
      defaultTitle: file.name,
    };
  }
}
