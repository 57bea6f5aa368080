import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessPolicy,
  isUuid,
  memberCommunitiesSql,
  preparedQuery,
  visiblePostsSql,
} from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { PostCardRow, postCardColumns } from '../post/post.repository';

export interface FeedCursor {
  createdAt: string;
  id: string;
}

export interface FeedReasonRow {
  kind:
    'own' | 'following' | 'mentioned_you' | 'mentioned_followed' | 'tag' | 'community' | 'board';
  userId: string | null;
  tag: string | null;
  communityId: string | null;
}

/** A home feed entry: the post's card and why it is there. */
export type FeedRow = PostCardRow & { reasons: FeedReasonRow[] };

export type QuestionStatus = 'ALL' | 'OPEN' | 'UNANSWERED' | 'ANSWERED' | 'ACCEPTED';

/**
 * Lists of posts: the home feed, boards, discover and questions. Each filters visibility inside
 * its SQL with the access policy's predicate (pages never have holes) and pages by keysets,
 * newest first.
 */
@Injectable()
export class FeedRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /** Statement texts by cursor and page size (pageSize caps it, so the map stays small). */
  private readonly homeFeedTexts = new Map<string, string>();

  /**
   * Home feed, fanned out on read: posts by people I follow, mentioning me or people I follow,
   * with tags I follow, in my communities, on my board, and my own. Each branch is an index
   * range scan limited to one page; the union is de-duplicated with its reasons kept.
   */
  async homeFeed(viewerId: string, limit: number, after: FeedCursor | null): Promise<FeedRow[]> {
    const params: unknown[] = [viewerId];
    if (after) params.push(after.createdAt, after.id);
    return preparedQuery<FeedRow>(
      this.dataSource,
      this.homeFeedText(after !== null, limit + 1),
      params,
    );
  }

  /** The page and its cards in one statement; its text depends only on these two, so it is built once. */
  private homeFeedText(withCursor: boolean, limit: number): string {
    const key = `${withCursor}:${limit}`;
    let sql = this.homeFeedTexts.get(key);
    if (!sql) {
      sql = `WITH feed AS (${homeFeedSql(withCursor, limit)})
        SELECT feed.reasons, ${postCardColumns(this.policy, '$1')}
          FROM feed JOIN posts p ON p.id = feed.id
         ORDER BY feed.created_at DESC, feed.id DESC`;
      this.homeFeedTexts.set(key, sql);
    }
    return sql;
  }

  /** A person's board: their posts, posts placed on their board, and posts mentioning them. */
  async board(
    viewerId: string,
    ownerId: string,
    limit: number,
    after: FeedCursor | null,
  ): Promise<string[]> {
    const params: unknown[] = [viewerId, limit + 1, ownerId];
    if (after) params.push(after.createdAt, after.id);
    const before = (c: string, i: string) =>
      after ? `AND (${c}, ${i}) < ($4::timestamptz, $5::uuid)` : '';
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH candidates AS (
         (SELECT p.id, p.created_at FROM posts p WHERE p.author_id = $3 AND p.deleted_at IS NULL ${before('p.created_at', 'p.id')}
           ORDER BY p.created_at DESC, p.id DESC LIMIT $2)
         UNION
         (SELECT p.id, p.created_at FROM posts p WHERE p.board_user_id = $3 AND p.deleted_at IS NULL ${before('p.created_at', 'p.id')}
           ORDER BY p.created_at DESC, p.id DESC LIMIT $2)
         UNION
         (SELECT m.post_id, m.post_created_at FROM mentions m WHERE m.user_id = $3 AND m.reply_id IS NULL ${before('m.post_created_at', 'm.post_id')}
           ORDER BY m.post_created_at DESC, m.post_id DESC LIMIT $2))
       SELECT c.id FROM candidates c JOIN posts p ON p.id = c.id
        WHERE p.deleted_at IS NULL AND ${this.policy.visiblePostsSql('p', '$1')}
        ORDER BY c.created_at DESC, c.id DESC LIMIT $2`,
      params,
    );
    return rows.map((r) => r.id);
  }

  /** Every post the viewer may see, newest first. */
  async discover(
    viewerId: string,
    limit: number,
    after: FeedCursor | null,
    filter: { tag?: string | null; communityId?: string | null; pinned?: boolean } = {},
  ): Promise<string[]> {
    const params: unknown[] = [viewerId, limit + 1];
    let where = `p.deleted_at IS NULL AND ${this.policy.visiblePostsSql('p', '$1')}`;
    if (after) {
      params.push(after.createdAt, after.id);
      where += ` AND (p.created_at, p.id) < ($3::timestamptz, $4::uuid)`;
    }
    if (filter.tag) {
      params.push(filter.tag);
      where += ` AND EXISTS (SELECT 1 FROM post_tags t WHERE t.post_id = p.id AND t.tag = $${params.length})`;
    }
    if (filter.communityId) {
      if (!isUuid(filter.communityId)) return [];
      params.push(filter.communityId);
      where += ` AND p.community_id = $${params.length}`;
    }
    if (filter.pinned) where += ` AND p.pinned_at IS NOT NULL`;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM posts p WHERE ${where} ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
      params,
    );
    return rows.map((r) => r.id);
  }

  /**
   * Questions, open ones first: unanswered (no replies), then answered but not accepted, then
   * accepted; newest first within each. Keyset on (rank, created_at, id).
   */
  async questions(
    viewerId: string,
    options: {
      limit: number;
      after: { rank: number; createdAt: string; id: string } | null;
      tag: string | null;
      communityId: string | null;
      status: QuestionStatus;
    },
  ): Promise<{ id: string; rank: number; createdAt: Date }[]> {
    const rank = `(CASE WHEN p.accepted_reply_id IS NOT NULL THEN 2 WHEN p.reply_count > 0 THEN 1 ELSE 0 END)`;
    const params: unknown[] = [viewerId, options.limit + 1];
    const where = [`p.is_question`, `p.deleted_at IS NULL`, this.policy.visiblePostsSql('p', '$1')];
    const statusFilter: Record<QuestionStatus, string | null> = {
      ALL: null,
      OPEN: `${rank} < 2`,
      UNANSWERED: `${rank} = 0`,
      ANSWERED: `${rank} = 1`,
      ACCEPTED: `${rank} = 2`,
    };
    if (statusFilter[options.status]) where.push(statusFilter[options.status]!);
    if (options.tag) {
      params.push(options.tag);
      where.push(
        `EXISTS (SELECT 1 FROM post_tags t WHERE t.post_id = p.id AND t.tag = $${params.length})`,
      );
    }
    if (options.communityId) {
      params.push(options.communityId);
      where.push(`p.community_id = $${params.length}`);
    }
    if (options.after) {
      params.push(options.after.rank, options.after.createdAt, options.after.id);
      const n = params.length;
      where.push(
        `(${rank} > $${n - 2} OR (${rank} = $${n - 2} AND (p.created_at, p.id) < ($${n - 1}::timestamptz, $${n}::uuid)))`,
      );
    }
    const rows: { id: string; rank: number; created_at: Date }[] = await this.dataSource.query(
      `SELECT p.id, ${rank} AS rank, p.created_at FROM posts p WHERE ${where.join(' AND ')}
        ORDER BY rank ASC, p.created_at DESC, p.id DESC LIMIT $2`,
      params,
    );
    return rows.map((r) => ({ id: r.id, rank: r.rank, createdAt: r.created_at }));
  }
}

/**
 * The home feed's SQL: $1 viewer, and with a cursor $2 created_at, $3 id. The page size is part
 * of the text (an integer from `pageSize`, so a bounded set of statements): with the LIMIT known,
 * PostgreSQL's generic plan for the prepared statement is as good as a custom one and the
 * statement stops being planned per request (2 ms of planning for 1 ms of execution).
 * Public so the benchmark can run the very same statement through pgbench.
 */
/** How many of the newest posts (mentions) the walks read before falling back to per-person pages. */
const RECENT_WINDOW = 500;

export function homeFeedSql(withCursor: boolean, limit: number): string {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`Invalid feed limit ${limit}`);
  const before = (created: string, id: string) =>
    withCursor ? `AND (${created}, ${id}) < ($2::timestamptz, $3::uuid)` : '';
  // Every branch returns only live posts the viewer may see, so a page is never short.
  const live = `p.deleted_at IS NULL AND ${visiblePostsSql('p', '$1')}`;
  const newest = (created: string, id: string) =>
    `ORDER BY ${created} DESC, ${id} DESC LIMIT ${limit}`;
  // People I follow, and mentions of them: first a walk of the newest posts (mentions), stopped
  // after RECENT_WINDOW of them; when it fills the page (people who follow many active
  // colleagues) that page is exact. Otherwise a LATERAL range scan of one page per followee.
  // posts_created_idx, posts_author_idx and mentions_recent_idx cover what the walks filter on
  // (index-only). Either way the cost is bounded, whatever the size of the tables: an unbounded
  // newest-first walk read the whole posts table for someone who follows nobody.
  // Tags and communities: a LATERAL index range scan of one page each, so the cost is
  // (number of tags or communities x page size).
  return `
    WITH followees AS (SELECT followee_id AS id FROM follows WHERE follower_id = $1),
    following_recent AS (
      SELECT r.id, r.created_at, 'following' AS kind, r.author_id AS user_id, NULL::text AS tag, NULL::uuid AS community_id
        FROM (SELECT p.id, p.created_at, p.author_id FROM posts p
               WHERE ${live} ${before('p.created_at', 'p.id')}
               ORDER BY p.created_at DESC, p.id DESC LIMIT ${RECENT_WINDOW}) r
       WHERE r.author_id IN (SELECT id FROM followees)
       ${newest('r.created_at', 'r.id')}
    ),
    mentioned_recent AS (
      SELECT r.post_id AS id, r.post_created_at AS created_at, 'mentioned_followed' AS kind, r.user_id,
             NULL::text AS tag, NULL::uuid AS community_id
        FROM (SELECT m.post_id, m.post_created_at, m.user_id FROM mentions m
               WHERE m.reply_id IS NULL ${before('m.post_created_at', 'm.post_id')}
               ORDER BY m.post_created_at DESC, m.post_id DESC LIMIT ${RECENT_WINDOW}) r
        JOIN posts p ON p.id = r.post_id
       WHERE r.user_id IN (SELECT id FROM followees) AND ${live}
       ${newest('r.post_created_at', 'r.post_id')}
    ),
    candidates AS (
      (SELECT p.id, p.created_at, 'own' AS kind, NULL::uuid AS user_id, NULL::text AS tag, NULL::uuid AS community_id
         FROM posts p WHERE p.author_id = $1 AND ${live} ${before('p.created_at', 'p.id')}
        ${newest('p.created_at', 'p.id')})
      UNION ALL
      (SELECT * FROM following_recent WHERE (SELECT count(*) FROM following_recent) = ${limit})
      UNION ALL
      (SELECT x.id, x.created_at, 'following', x.author_id, NULL, NULL
         FROM followees f CROSS JOIN LATERAL (
           SELECT p.id, p.created_at, p.author_id FROM posts p
            WHERE p.author_id = f.id AND ${live} ${before('p.created_at', 'p.id')}
            ${newest('p.created_at', 'p.id')}) x
        WHERE (SELECT count(*) FROM following_recent) < ${limit}
        ${newest('x.created_at', 'x.id')})
      UNION ALL
      (SELECT m.post_id, m.post_created_at, 'mentioned_you', NULL, NULL, NULL
         FROM mentions m JOIN posts p ON p.id = m.post_id
        WHERE m.user_id = $1 AND m.reply_id IS NULL AND ${live} ${before('m.post_created_at', 'm.post_id')}
        ${newest('m.post_created_at', 'm.post_id')})
      UNION ALL
      (SELECT * FROM mentioned_recent WHERE (SELECT count(*) FROM mentioned_recent) = ${limit})
      UNION ALL
      (SELECT x.post_id, x.post_created_at, 'mentioned_followed', x.user_id, NULL, NULL
         FROM followees f CROSS JOIN LATERAL (
           SELECT m.post_id, m.post_created_at, m.user_id FROM mentions m JOIN posts p ON p.id = m.post_id
            WHERE m.user_id = f.id AND m.reply_id IS NULL AND ${live} ${before('m.post_created_at', 'm.post_id')}
            ${newest('m.post_created_at', 'm.post_id')}) x
        WHERE (SELECT count(*) FROM mentioned_recent) < ${limit}
        ${newest('x.post_created_at', 'x.post_id')})
      UNION ALL
      (SELECT x.post_id, x.post_created_at, 'tag', NULL, x.tag, NULL
         FROM tag_follows tf CROSS JOIN LATERAL (
           SELECT t.post_id, t.post_created_at, t.tag FROM post_tags t JOIN posts p ON p.id = t.post_id
            WHERE t.tag = tf.tag AND ${live} ${before('t.post_created_at', 't.post_id')}
            ${newest('t.post_created_at', 't.post_id')}) x
        WHERE tf.user_id = $1
        ${newest('x.post_created_at', 'x.post_id')})
      UNION ALL
      (SELECT x.id, x.created_at, 'community', NULL, NULL, x.community_id
         FROM ${memberCommunitiesSql('$1')} cm CROSS JOIN LATERAL (
           SELECT p.id, p.created_at, p.community_id FROM posts p
            WHERE p.community_id = cm.community_id AND ${live} ${before('p.created_at', 'p.id')}
            ${newest('p.created_at', 'p.id')}) x
        ${newest('x.created_at', 'x.id')})
      UNION ALL
      (SELECT p.id, p.created_at, 'board', p.author_id, NULL, NULL
         FROM posts p WHERE p.board_user_id = $1 AND ${live} ${before('p.created_at', 'p.id')}
        ${newest('p.created_at', 'p.id')})
    ),
    page AS (
      SELECT DISTINCT c.id, c.created_at FROM candidates c ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit}
    )
    SELECT page.id, page.created_at,
           json_agg(json_build_object('kind', c.kind, 'userId', c.user_id, 'tag', c.tag, 'communityId', c.community_id)) AS reasons
      FROM page JOIN candidates c ON c.id = page.id
     GROUP BY page.id, page.created_at
     ORDER BY page.created_at DESC, page.id DESC`;
}
