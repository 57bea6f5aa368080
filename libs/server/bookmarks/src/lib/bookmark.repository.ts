import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, createdAtCursor, isUuid, Page, preparedQuery } from '@outloud/server-core';
import { DataSource, EntityManager, In } from 'typeorm';
import { BookmarkEntity } from './bookmark.entity';

export interface BookmarkListFilter {
  ownerId?: string;
  tag?: string;
}

export interface PopularRow {
  bookmark: BookmarkEntity;
  saveCount: number;
}

/**
 * The only place that queries bookmarks. A bookmark is visible when it is public (or the
 * viewer's own) AND its target still is: a saved post or file is re-checked against the access
 * policy on every read, so a bookmark never leaks what is behind it.
 */
@Injectable()
export class BookmarkRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /** One of the person's own bookmarks by id (an idempotent save reads its first result). */
  ownById(manager: EntityManager, ownerId: string, id: string): Promise<BookmarkEntity | null> {
    return manager.findOneBy(BookmarkEntity, { id, ownerId });
  }

  /** Deletes the owner's bookmarks by id or target; returns the ids deleted. */
  async deleteOwn(
    tx: EntityManager,
    ownerId: string,
    where: { id: string } | { targetKey: string },
  ): Promise<string[]> {
    const rows: { id: string }[] = await tx
      .createQueryBuilder()
      .delete()
      .from(BookmarkEntity)
      .where({ ...where, ownerId })
      .returning('id')
      .execute()
      .then((r) => r.raw);
    return rows.map((row) => row.id);
  }

  async findVisible(
    id: string,
    viewerId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BookmarkEntity | null> {
    if (!isUuid(id)) return null;
    return manager
      .createQueryBuilder(BookmarkEntity, 'b')
      .where('b.id = :id', { id })
      .andWhere(this.policy.visibleBookmarksSql('b', ':viewerId'), { viewerId })
      .getOne();
  }

  /** Newest first, keyset-paged by (created_at, id). */
  async list(
    viewerId: string,
    filter: BookmarkListFilter,
    limit: number,
    after: string | null,
  ): Promise<Page<BookmarkEntity>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(BookmarkEntity, 'b')
      .where(this.policy.visibleBookmarksSql('b', ':viewerId'), { viewerId });
    if (filter.ownerId) qb.andWhere('b.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.tag) qb.andWhere(':tag = ANY(b.tags)', { tag: filter.tag });
    if (after) {
      const key = createdAtCursor.decode(after)!;
      qb.andWhere('(b.created_at, b.id) < (:createdAt::timestamptz, :afterId::uuid)', {
        createdAt: key.createdAt,
        afterId: key.id,
      });
    }
    const rows = await qb
      .orderBy('b.created_at', 'DESC')
      .addOrderBy('b.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return createdAtCursor.page(rows, limit, (b) => b);
  }

  /** Things most people saved publicly (that the viewer may see), with the earliest bookmark. */
  async popular(viewerId: string, limit: number, tag?: string): Promise<PopularRow[]> {
    const params: unknown[] = [viewerId, limit];
    if (tag) params.push(tag);
    const rows: { id: string; save_count: number }[] = await this.dataSource.query(
      `SELECT (array_agg(b.id ORDER BY b.created_at, b.id))[1] AS id, count(*)::int AS save_count
         FROM bookmarks b
        WHERE b.is_private = false AND ${this.policy.visibleBookmarksSql('b', '$1')}
          ${tag ? 'AND $3 = ANY(b.tags)' : ''}
        GROUP BY b.target_key
        ORDER BY count(*) DESC, max(b.created_at) DESC
        LIMIT $2`,
      params,
    );
    if (!rows.length) return [];
    const byId = new Map(
      (await this.dataSource.manager.findBy(BookmarkEntity, { id: In(rows.map((r) => r.id)) })).map(
        (b) => [b.id, b],
      ),
    );
    return rows.flatMap((r) => {
      const bookmark = byId.get(r.id);
      return bookmark ? [{ bookmark, saveCount: r.save_count }] : [];
    });
  }

  /** People who saved the same thing publicly, most recent first (the viewer's own excluded). */
  async savedBy(
    targetKey: string,
    viewerId: string,
    limit: number,
  ): Promise<{ ownerId: string }[]> {
    return this.dataSource.query(
      `SELECT b.owner_id AS "ownerId"
         FROM bookmarks b
        WHERE b.target_key = $1 AND b.is_private = false AND ${this.policy.visibleBookmarksSql('b', '$2')}
        ORDER BY b.created_at DESC
        LIMIT $3`,
      [targetKey, viewerId, limit],
    );
  }

  /**
   * Which of these targets the viewer has saved (publicly or privately), for the button state:
   * asked by every page of cards, so prepared (parsed and planned once per connection).
   */
  async savedByViewer(viewerId: string, targetKeys: readonly string[]): Promise<Set<string>> {
    if (!targetKeys.length) return new Set();
    const rows = await preparedQuery<{ target_key: string }>(
      this.dataSource,
      `SELECT target_key FROM bookmarks WHERE owner_id = $1 AND target_key = ANY($2::text[])`,
      [viewerId, [...targetKeys]],
    );
    return new Set(rows.map((r) => r.target_key));
  }

  /** Public save counts for several targets (DataLoader). */
  async saveCounts(targetKeys: readonly string[]): Promise<Map<string, number>> {
    const rows: { target_key: string; n: number }[] = await this.dataSource.query(
      `SELECT target_key, count(*)::int AS n FROM bookmarks
        WHERE target_key = ANY($1::text[]) AND is_private = false GROUP BY target_key`,
      [targetKeys],
    );
    return new Map(rows.map((r) => [r.target_key, r.n]));
  }
}
