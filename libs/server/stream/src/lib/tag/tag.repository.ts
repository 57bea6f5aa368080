import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, OneStatement } from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';

/** The most hashtags of one post that are kept. */
const MAX_TAGS = 30;

/**
 * A new post's hashtags as `byPost` reads them back: the first MAX_TAGS, each once, in the
 * database's order (the C collation: UTF-8 byte order).
 */
export function storedTags(tags: readonly string[]): string[] {
  return [...new Set(tags.slice(0, MAX_TAGS))].sort((a, b) =>
    Buffer.compare(Buffer.from(a), Buffer.from(b)),
  );
}

/** The only place that queries hashtags of posts and follows of tags. */
@Injectable()
export class TagRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /** Adds a post's hashtags to a write (a post written just now has none to replace). */
  addInsert(statement: OneStatement, postId: string, postCreatedAt: Date, tags: string[]): void {
    if (!tags.length) return;
    statement.write(
      `INSERT INTO post_tags (post_id, tag, post_created_at)
     SELECT ${statement.param(postId)}::uuid, unnest(${statement.param(tags.slice(0, MAX_TAGS))}::text[]),
            ${statement.param(postCreatedAt)}::timestamptz
     ON CONFLICT DO NOTHING`,
    );
  }

  async replace(
    manager: EntityManager,
    postId: string,
    postCreatedAt: Date,
    tags: string[],
  ): Promise<void> {
    await this.deleteOfPost(manager, postId);
    const statement = new OneStatement();
    this.addInsert(statement, postId, postCreatedAt, tags);
    await statement.run(manager);
  }

  async deleteOfPost(manager: EntityManager, postId: string): Promise<void> {
    await manager.query(`DELETE FROM post_tags WHERE post_id = $1`, [postId]);
  }

  /** Tags per post, alphabetical, for DataLoader batching. */
  async byPost(postIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { post_id: string; tag: string }[] = postIds.length
      ? await this.dataSource.query(
          `SELECT post_id, tag FROM post_tags WHERE post_id = ANY($1::uuid[]) ORDER BY tag`,
          [postIds],
        )
      : [];
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.post_id, [...(map.get(r.post_id) ?? []), r.tag]);
    return map;
  }

  /** Posts the viewer may see with the tag, its followers, and whether the viewer is one. */
  async summary(
    viewerId: string,
    tag: string,
  ): Promise<{ postCount: number; followerCount: number; viewerFollows: boolean }> {
    const [row]: { post_count: number; follower_count: number; viewer_follows: boolean }[] =
      await this.dataSource.query(
        `SELECT (SELECT count(*)::int FROM post_tags t JOIN posts p ON p.id = t.post_id
                WHERE t.tag = $2 AND p.deleted_at IS NULL AND ${this.policy.visiblePostsSql('p', '$1')}) AS post_count,
              (SELECT count(*)::int FROM tag_follows WHERE tag = $2) AS follower_count,
              EXISTS (SELECT 1 FROM tag_follows WHERE tag = $2 AND user_id = $1) AS viewer_follows`,
        [viewerId, tag],
      );
    return {
      postCount: row.post_count,
      followerCount: row.follower_count,
      viewerFollows: row.viewer_follows,
    };
  }

  /** Most used tags of the last `days` days among posts the viewer may see. */
  async trending(
    viewerId: string,
    limit: number,
    days: number,
  ): Promise<{ name: string; postCount: number }[]> {
    const rows: { tag: string; count: number }[] = await this.dataSource.query(
      `SELECT t.tag, count(*)::int AS count FROM post_tags t JOIN posts p ON p.id = t.post_id
        WHERE t.post_created_at > now() - make_interval(days => $3) AND p.deleted_at IS NULL
          AND ${this.policy.visiblePostsSql('p', '$1')}
        GROUP BY t.tag ORDER BY count DESC, t.tag ASC LIMIT $2`,
      [viewerId, limit, days],
    );
    return rows.map((r) => ({ name: r.tag, postCount: r.count }));
  }

  async setFollow(userId: string, tag: string, follow: boolean): Promise<void> {
    if (follow)
      await this.dataSource.query(
        `INSERT INTO tag_follows (user_id, tag) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [userId, tag],
      );
    else
      await this.dataSource.query(`DELETE FROM tag_follows WHERE user_id = $1 AND tag = $2`, [
        userId,
        tag,
      ]);
  }
}
