import { Injectable } from '@nestjs/common';
import { Community, CommunityRepository, toCommunityModel } from '@outloud/communities';
import { toUserModel, User, UserRepository } from '@outloud/identity';
import { byKeys, requestLoader } from '@outloud/server-core';
import type { Request } from 'express';
import { File } from './dto/file.model';
import { toFileModel } from './file.mapper';
import { FileRepository } from './file.repository';

/** Per-request DataLoaders for nested file fields: one query per kind per request. */
@Injectable()
export class FileLoaders {
  constructor(
    private readonly users: UserRepository,
    private readonly communities: CommunityRepository,
    private readonly files: FileRepository,
  ) {}

  user(req: Request) {
    return requestLoader<string, User | null>(req, 'files.user', async (ids) =>
      byKeys(ids, (await this.users.findByIds(ids)).map(toUserModel), (u) => u.id),
    );
  }

  /** Only asked for communities of files the viewer may see (so the community is visible too). */
  community(req: Request) {
    return requestLoader<string, Community | null>(req, 'files.community', async (ids) =>
      byKeys(ids, (await this.communities.findByIds(ids)).map(toCommunityModel), (c) => c.id),
    );
  }

  liked(req: Request, viewerId: string) {
    return requestLoader<string, boolean>(req, 'files.liked', async (ids) => {
      const liked = await this.files.likedBy(viewerId, ids);
      return ids.map((id) => liked.has(id));
    });
  }

  /** Visible files attached to posts. */
  ofPost(req: Request, viewerId: string) {
    return requestLoader<string, File[]>(req, 'files.ofPost', async (postIds) => {
      const map = await this.files.filesOfPosts(postIds, viewerId);
      return postIds.map((id) => (map.get(id) ?? []).map(toFileModel));
    });
  }
}
