import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, Page, pageSize, toPage, validateInput, Viewer } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { tagSchema } from '../post/post.schemas';
import { StreamErrors } from '../stream.errors';

/** Following people and tags. */
@Injectable()
export class FollowService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async followUser(viewer: Viewer, handle: string, follow: boolean): Promise<string> {
    const [target] = await this.dataSource.query(
      `SELECT id, status FROM users WHERE lower(handle) = lower($1)`,
      [handle.slice(0, 60)],
    );
    if (!target || (follow && target.status !== 'active')) throw StreamErrors.personNotFound();
    if (target.id === viewer.id) throw StreamErrors.followSelf();
    const result = follow
      ? await this.dataSource.query(
          `INSERT INTO follows (follower_id, followee_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
          [viewer.id, target.id],
        )
      : await this.dataSource.query(
          `DELETE FROM follows WHERE follower_id = $1 AND followee_id = $2 RETURNING 1`,
          [viewer.id, target.id],
        );
    const changed = Array.isArray(result[0]) ? result[1] : result.length;
    if (!changed) throw follow ? StreamErrors.alreadyFollowing() : StreamErrors.notFollowing();
    return target.id;
  }

  async followTag(viewer: Viewer, rawTag: string, follow: boolean): Promise<string> {
    const tag = validateInput(tagSchema, rawTag, 'tag');
    if (follow)
      await this.dataSource.query(
        `INSERT INTO tag_follows (user_id, tag) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [viewer.id, tag],
      );
    else
      await this.dataSource.query(`DELETE FROM tag_follows WHERE user_id = $1 AND tag = $2`, [
        viewer.id,
        tag,
      ]);
    return tag;
  }

  /** Followers (direction 'followers') or followees ('following') of a person, newest first. */
  async list(
    userId: string,
    direction: 'followers' | 'following',
    args: { first?: number | null; after?: string | null },
  ): Promise<Page<{ userId: string; createdAt: string }>> {
    const limit = pageSize(args.first);
    const [mine, other] =
      direction === 'followers' ? ['followee_id', 'follower_id'] : ['follower_id', 'followee_id'];
    const params: unknown[] = [userId, limit + 1];
    let cond = '';
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, ['string', 'string']);
      params.push(createdAt, id);
      cond = `AND (f.created_at, f.${other}) < ($3::timestamptz, $4::uuid)`;
    }
    const rows: { user_id: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT f.${other} AS user_id, f.created_at FROM follows f WHERE f.${mine} = $1 ${cond}
        ORDER BY f.created_at DESC, f.${other} DESC LIMIT $2`,
      params,
    );
    return toPage(
      rows.map((r) => ({ userId: r.user_id, createdAt: new Date(r.created_at).toISOString() })),
      limit,
      (r) => [r.createdAt, r.userId],
    );
  }

  /** Follower and following counts and whether the viewer follows each person, batched. */
  async stats(
    viewerId: string,
    userIds: readonly string[],
  ): Promise<Map<string, { followers: number; following: number; viewerFollows: boolean }>> {
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
