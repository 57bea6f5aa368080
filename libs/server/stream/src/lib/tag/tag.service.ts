import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS_STREAM } from '@outloud/contracts';
import { AccessPolicy, BadUserInputError, validateInput } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { tagSchema } from '../post/post.schemas';

export interface TagSummary {
  name: string;
  postCount: number;
  followerCount: number;
  viewerFollows: boolean;
}

/** Hashtag pages and trends. Counts only include posts the viewer may see. */
@Injectable()
export class TagService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  normalise(raw: string): string {
    return validateInput(tagSchema, raw, 'name');
  }

  async summary(viewerId: string, rawTag: string): Promise<TagSummary> {
    const name = this.normalise(rawTag);
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM post_tags t JOIN posts p ON p.id = t.post_id
                WHERE t.tag = $2 AND p.deleted_at IS NULL AND ${this.policy.visiblePostsSql('p', '$1')}) AS post_count,
              (SELECT count(*)::int FROM tag_follows WHERE tag = $2) AS follower_count,
              EXISTS (SELECT 1 FROM tag_follows WHERE tag = $2 AND user_id = $1) AS viewer_follows`,
      [viewerId, name],
    );
    return {
      name,
      postCount: row.post_count,
      followerCount: row.follower_count,
      viewerFollows: row.viewer_follows,
    };
  }

  /** Most used tags in the last 7 days among posts the viewer may see. */
  async trending(viewerId: string, limit: number): Promise<{ name: string; postCount: number }[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > LIMITS_STREAM.trendingTags.max) {
      throw BadUserInputError.field(
        ['limit'],
        `"limit" must be between 1 and ${LIMITS_STREAM.trendingTags.max}.`,
      );
    }
    const rows: { tag: string; count: number }[] = await this.dataSource.query(
      `SELECT t.tag, count(*)::int AS count FROM post_tags t JOIN posts p ON p.id = t.post_id
        WHERE t.post_created_at > now() - make_interval(days => $3) AND p.deleted_at IS NULL
          AND ${this.policy.visiblePostsSql('p', '$1')}
        GROUP BY t.tag ORDER BY count DESC, t.tag ASC LIMIT $2`,
      [viewerId, limit, LIMITS_STREAM.trendingTags.days],
    );
    return rows.map((r) => ({ name: r.tag, postCount: r.count }));
  }
}
