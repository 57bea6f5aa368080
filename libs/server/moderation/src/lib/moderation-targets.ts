import { Injectable } from '@nestjs/common';
import { BookmarkRepository } from '@outloud/bookmarks';
import { ModerationTargetType, UserStatus } from '@outloud/contracts';
import { FileRepository } from '@outloud/files';
import { UserRepository } from '@outloud/identity';
import { Viewer } from '@outloud/server-core';
import { excerpt, PostRepository, StreamReader } from '@outloud/stream';
import { EntityManager } from 'typeorm';

/** What moderation needs to know about a piece of content, read through its owner's port. */
export interface TargetFacts {
  type: ModerationTargetType;
  id: string;
  /** Its author or owner (a profile: the person). */
  authorId: string;
  /** The community it lives in (its owners moderate it). */
  communityId: string | null;
  /** The thread to show it in: a post, or a reply's post. */
  postId: string | null;
  /** The file to show it with: a file, or a comment's file. */
  fileId: string | null;
  /** A short plain-text excerpt, for the audit log. */
  excerpt: string;
}

const EXCERPT = 200;

/**
 * Loads reported content through the owning domain's read port and the access policy: what the
 * viewer may not see (or what does not exist, or was deleted) is null, so callers answer
 * NOT_FOUND for both alike. Hidden content is visible to its author and its moderators only.
 */
@Injectable()
export class ModerationTargets {
  constructor(
    private readonly posts: PostRepository,
    private readonly stream: StreamReader,
    private readonly files: FileRepository,
    private readonly bookmarks: BookmarkRepository,
    private readonly users: UserRepository,
  ) {}

  async load(
    viewer: Viewer,
    type: ModerationTargetType,
    id: string,
    manager?: EntityManager,
  ): Promise<TargetFacts | null> {
    switch (type) {
      case ModerationTargetType.POST: {
        const post = await this.posts.findVisible(id, viewer.id, manager);
        if (!post || post.deletedAt) return null;
        return {
          type,
          id: post.id,
          authorId: post.authorId,
          communityId: post.communityId,
          postId: post.id,
          fileId: null,
          excerpt: excerpt(post.body, EXCERPT),
        };
      }
      case ModerationTargetType.REPLY: {
        const reply = await this.stream.visibleReply(id, viewer.id, manager);
        if (!reply || reply.deletedAt) return null;
        return {
          type,
          id: reply.id,
          authorId: reply.authorId,
          communityId: reply.communityId,
          postId: reply.postId,
          fileId: null,
          excerpt: excerpt(reply.body, EXCERPT),
        };
      }
      case ModerationTargetType.FILE: {
        const file = await this.files.findVisible(id, viewer.id, manager);
        if (!file) return null;
        return {
          type,
          id: file.id,
          authorId: file.ownerId,
          communityId: file.communityId,
          postId: null,
          fileId: file.id,
          excerpt: `${file.name} ${file.description}`.trim().slice(0, EXCERPT),
        };
      }
      case ModerationTargetType.FILE_COMMENT: {
        const comment = await this.files.findVisibleComment(id, viewer.id, manager);
        if (!comment) return null;
        return {
          type,
          id: comment.id,
          authorId: comment.authorId,
          communityId: comment.communityId,
          postId: null,
          fileId: comment.fileId,
          excerpt: comment.body.slice(0, EXCERPT),
        };
      }
      case ModerationTargetType.BOOKMARK: {
        const bookmark = await this.bookmarks.findVisible(id, viewer.id, manager);
        if (!bookmark) return null;
        return {
          type,
          id: bookmark.id,
          authorId: bookmark.ownerId,
          communityId: null,
          postId: null,
          fileId: null,
          excerpt: `${bookmark.title} ${bookmark.description}`.trim().slice(0, EXCERPT),
        };
      }
      case ModerationTargetType.PROFILE: {
        const [user] = await this.users.findByIds([id]);
        if (!user || user.status !== UserStatus.ACTIVE) return null;
        return {
          type,
          id: user.id,
          authorId: user.id,
          communityId: null,
          postId: null,
          fileId: null,
          excerpt: [user.displayName, user.jobTitle, user.bio]
            .filter(Boolean)
            .join(' · ')
            .slice(0, EXCERPT),
        };
      }
    }
  }
}
