import { Injectable } from '@nestjs/common';
import { Community, CommunityRepository, toCommunityModel } from '@outloud/communities';
import { toUserModel, User, UserRepository } from '@outloud/identity';
import { byKeys, requestLoader } from '@outloud/server-core';
import type { Request } from 'express';
import { FollowRepository } from './follow/follow.repository';
import { LikeRepository } from './like/like.repository';
import { MentionRepository } from './mention/mention.repository';
import { ReplyEntity } from './reply/reply.entity';
import { ReplyRepository } from './reply/reply.repository';
import { TagRepository } from './tag/tag.repository';

/** The stream's per-request DataLoaders: one query per kind of nested data per request. */
@Injectable()
export class StreamLoaders {
  constructor(
    private readonly users: UserRepository,
    private readonly replies: ReplyRepository,
    private readonly mentionRows: MentionRepository,
    private readonly tagRows: TagRepository,
    private readonly likes: LikeRepository,
    private readonly follows: FollowRepository,
    private readonly communities: CommunityRepository,
  ) {}

  /** Communities by id; callers only ask for communities of posts the viewer may see. */
  community(req: Request) {
    return requestLoader<string, Community | null>(req, 'community', async (ids) =>
      byKeys(ids, (await this.communities.findByIds(ids)).map(toCommunityModel), (c) => c.id),
    );
  }

  user(req: Request) {
    return requestLoader<string, User | null>(req, 'user', async (ids) =>
      byKeys(ids, (await this.users.findByIds(ids)).map(toUserModel), (u) => u.id),
    );
  }

  /** Replies the viewer may see (hidden ones only to their author and moderators). */
  reply(req: Request, viewerId: string) {
    return requestLoader<string, ReplyEntity | null>(req, 'reply', async (ids) =>
      byKeys(ids, await this.replies.findVisibleByIds(ids, viewerId), (r) => r.id),
    );
  }

  mentions(req: Request) {
    return requestLoader<string, string[]>(req, 'mentions', async (postIds) => {
      const map = await this.mentionRows.userIdsByPost(postIds);
      return postIds.map((id) => map.get(id) ?? []);
    });
  }

  tags(req: Request) {
    return requestLoader<string, string[]>(req, 'tags', async (postIds) => {
      const map = await this.tagRows.byPost(postIds);
      return postIds.map((id) => map.get(id) ?? []);
    });
  }

  likedPosts(req: Request, viewerId: string) {
    return requestLoader<string, boolean>(req, 'likedPosts', async (ids) => {
      const liked = await this.likes.likedBy(viewerId, 'post', ids);
      return ids.map((id) => liked.has(id));
    });
  }

  likedReplies(req: Request, viewerId: string) {
    return requestLoader<string, boolean>(req, 'likedReplies', async (ids) => {
      const liked = await this.likes.likedBy(viewerId, 'reply', ids);
      return ids.map((id) => liked.has(id));
    });
  }

  followStats(req: Request, viewerId: string) {
    return requestLoader<string, { followers: number; following: number; viewerFollows: boolean }>(
      req,
      'followStats',
      async (ids) => {
        const map = await this.follows.stats(viewerId, ids);
        return ids.map((id) => map.get(id) ?? { followers: 0, following: 0, viewerFollows: false });
      },
    );
  }
}
