import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { StreamLoaders } from '../stream.loaders';
import { Post } from './dto/post.model';
import { toPostModel } from './post.mapper';
import { PostCardRow, PostRepository } from './post.repository';

/**
 * Post cards for any list of posts: one statement reads the posts with their tags, mentioned
 * people, the viewer's like and the moderation fact, and primes the request's loaders with them;
 * the people the cards show take one more. A page of cards costs two queries, not six.
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
   * the access policy inside the same statement: for ids found elsewhere (search hits, similar
   * questions). Their people are not read ahead: the fields asked for read them in one batch,
   * and a list that shows none (similar questions) reads none.
   */
  async visibleLive(req: Request, viewerId: string, ids: string[]): Promise<Map<string, Post>> {
    const rows = await this.posts.visibleLiveCardRows(viewerId, ids);
    this.primeFields(req, viewerId, rows);
    return new Map(rows.map((r) => [r.id, toPostModel(r)]));
  }

  /**
   * Primes the request's loaders with the cards' rows and reads every person they show
   * (authors, boards, mentioned people) in one statement: a feed card shows them all, and read
   * field by field they would take one statement each.
   */
  async prime(
    req: Request,
    viewerId: string,
    rows: readonly PostCardRow[],
  ): Promise<Map<string, Post>> {
    this.primeFields(req, viewerId, rows);
    const people = new Set<string>();
    for (const row of rows) {
      people.add(row.authorId);
      if (row.boardUserId) people.add(row.boardUserId);
      for (const id of row.mentionIds) people.add(id);
    }
    if (people.size) await this.loaders.user(req).loadMany([...people]);
    return new Map(rows.map((r) => [r.id, toPostModel(r)]));
  }

  /** Tags, mentioned people and the viewer's like: what the card's own statement read. */
  private primeFields(req: Request, viewerId: string, rows: readonly PostCardRow[]): void {
    for (const row of rows) {
      this.loaders.tags(req).prime(row.id, row.tags);
      this.loaders.mentions(req).prime(row.id, row.mentionIds);
      this.loaders.likedPosts(req, viewerId).prime(row.id, row.viewerLiked);
    }
  }
}
