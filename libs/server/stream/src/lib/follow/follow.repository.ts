import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface FollowStats {
  followers: number;
  following: number;
  viewerFollows: boolean;
}

/** The only place that queries follows between people. */
@Injectable()
export class FollowRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds or removes one follow; false when there was nothing to change. */
  async set(
    manager: EntityManager,
    followerId: string,
    followeeId: string,
    follow: boolean,
  ): Promise<boolean> {
    const result = follow
      ? await manager.query(
          `INSERT INTO follows (follower_id, followee_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
          [followerId, followeeId],
        )
      : await manager.query(
          `DELETE FROM follows WHERE follower_id = $1 AND followee_id = $2 RETURNING 1`,
          [followerId, followeeId],
        );
    return (Array.isArray(result[0]) ? result[1] : result.length) > 0;
  }

  /** Everyone a person follows. */
  async followeeIds(followerId: string): Promise<string[]> {
    const rows: { followee_id: string }[] = await this.dataSource.query(
      `SELECT followee_id FROM follows WHERE follower_id = $1`,
      [followerId],
    );
    return rows.map((r) => r.followee_id);
  }

  /** Whether one person follows another now. */
  async follows(followerId: string, followeeId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM follows WHERE follower_id = $1 AND followee_id = $2`,
      [followerId, followeeId],
    );
    return rows.length > 0;
  }

  /** One page of followers (or followees), newest first, keyset on (created_at, other id). */
  async page(
    userId: string,
    direction: 'followers' | 'following',
    limit: number,
    after: { createdAt: string; userId: string } | null,
  ): Promise<{ userId: string; createdAt: Date }[]> {
    const [mine, other] =
      direction === 'followers' ? ['followee_id', 'follower_id'] : ['follower_id', 'followee_id'];
    const params: unknown[] = [userId, limit];
    let cond = '';
    if (after) {
      params.push(after.createdAt, after.userId);
      cond = `AND (f.created_at, f.${other}) < ($3::timestamptz, $4::uuid)`;
    }
    const rows: { user_id: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT f.${other} AS user_id, f.created_at FROM follows f WHERE f.${mine} = $1 ${cond}
        ORDER BY f.created_at DESC, f.${other} DESC LIMIT $2`,
      params,
    );
    return rows.map((r) => ({ userId: r.user_id, createdAt: r.created_at }));
  }

  /** Follower and following counts and whether the viewer follows each person, batched. */
  async stats(viewerId: string, userIds: readonly string[]): Promise<Map<string, FollowStats>> {
    const rows: { id: string; followers: number; following: number; viewer_follows: boolean }[] =
      await this.dataSource.query(
        `SELECT u.id,
              (SELECT count(*)::int FROM follows f WHERE f.followee_id = u.id) AS followers,
              (SELECT count(*)::int FROM follows f WHERE f.follower_id = u.id) AS following,
              EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = $1 AND f.followee_id = u.id) AS viewer_follows
         FROM unnest($2::uuid[]) AS u(id)`,
        [viewerId, userIds],
      );
    return new Map(
      rows.map((r) => [
        r.id,
        { followers: r.followers, following: r.following, viewerFollows: r.viewer_follows },
      ]),
    );
  }
}
