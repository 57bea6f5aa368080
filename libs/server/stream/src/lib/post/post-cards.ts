import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { StreamLoaders } from '../stream.loaders';
import { Post } from './dto/post.model';
import { toPostModel } from './post.mapper';
import { PostCardRow, PostRepository } from './post.repository';

/**
 * Post cards for any list of posts: one statement reads the posts with their tags, mentioned
 * people, the viewer's like and the moderation fact; one more reads every person the cards show.
 * The request's loaders are primed with both, so a page of cards costs two queries, not six.
 */
@Injectable()
export class PostCards {
  constructor(
    private readonly posts: PostRepository,
    private readonly loaders: StreamLoaders,
  ) {}

  /** Cards of posts the list's own query allowed (feeds, boards, questions). */
  async byIds(req: Request, viewerId: string, ids: string[]): Promise<Map<string, Post>> {
    return this.prime(req, viewerId, await this.posts.cardRows(viewerId, ids));
  }

  /**
   * Cards of the posts among `ids` that are not deleted and that the viewer may see, decided by
   * the access policy inside the same statement: for ids found elsewhere (search hits).
   */
  async visibleLive(req: Request, viewerId: string, ids: string[]): Promise<Map<string, Post>> {
    return this.prime(req, viewerId, await this.posts.visibleLiveCardRows(viewerId, ids));
  }

  /** Primes the request's loaders with the cards' rows and loads the people they show. */
  async prime(
    req: Request,
    viewerId: string,
    rows: readonly PostCardRow[],
  ): Promise<Map<string, Post>> {
    const people = new Set<string>();
    for (const row of rows) {
      this.loaders.tags(req).prime(row.id, row.tags);
      this.loaders.mentions(req).prime(row.id, row.mentionIds);
      this.loaders.likedPosts(req, viewerId).prime(row.id, row.viewerLiked);
      people.add(row.authorId);
      if (row.boardUserId) people.add(row.boardUserId);
      for (const id of row.mentionIds) people.add(id);
    }
    if (people.size) await this.loaders.user(req).loadMany([...people]);
    return new Map(rows.map((r) => [r.id, toPostModel(r)]));
  }
}
