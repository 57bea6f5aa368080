import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy } from '@outloud/server-core';
import { excerpt } from '@outloud/stream';
import { DataSource } from 'typeorm';
import { QUESTION_BODY_READ, QUESTION_EXCERPT_CHARS } from '../analytics-sql';
import { AnalyticsRange } from '../analytics.schemas';
import { BufferedUses, QuestionFacts } from './reuse-rules';

/** Rows in the "most reused" table and content gaps shown at most. */
export const REUSED_QUESTIONS_MAX = 10;
export const CONTENT_GAPS_MAX = 20;

const num = (v: unknown) => Number(v ?? 0);

/**
 * The period (`$1`..`$2`; with `previous`, `$3` is the previous period's first day) and an
 * optional community filter on the question rows `q`, as SQL parameters.
 */
function periodParams(r: AnalyticsRange, communityId: string | null, previous = false) {
  const params: unknown[] = previous ? [r.from, r.to, r.previousFrom] : [r.from, r.to];
  const community = communityId ? `AND q.community_id = $${params.push(communityId)}` : '';
  return { params, community };
}

/**
 * Knowledge reuse's tables: `analytics_question_reuse` (views and search clicks per question and
 * day) and `analytics_search_gaps` (searches that found nothing per text and day). Neither holds a
 * person. Reads join the question rows, so deleted and hidden questions drop out at once.
 */
@Injectable()
export class ReuseRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  /** The analytics rows of these posts: only questions that count have one. */
  async questionFacts(postIds: string[]): Promise<Map<string, QuestionFacts>> {
    if (!postIds.length) return new Map();
    const rows: { post_id: string; asked_at: Date; first_reply_at: Date | null }[] =
      await this.dataSource.query(
        `SELECT post_id, asked_at, first_reply_at FROM analytics_questions WHERE post_id = ANY($1::uuid[])`,
        [postIds],
      );
    return new Map(
      rows.map((r) => [
        r.post_id,
        {
          askedAt: new Date(r.asked_at),
          firstReplyAt: r.first_reply_at ? new Date(r.first_reply_at) : null,
        },
      ]),
    );
  }

  /** Adds a batch of uses to the daily counts (one statement however many questions). */
  async addReuse(rows: readonly BufferedUses[]): Promise<void> {
    if (!rows.length) return;
    await this.dataSource.query(
      `INSERT INTO analytics_question_reuse AS a (day, post_id, views, search_clicks)
       SELECT day, post_id, sum(views), sum(clicks)
         FROM unnest($1::date[], $2::uuid[], $3::int[], $4::int[]) AS u(day, post_id, views, clicks)
        GROUP BY day, post_id
       ON CONFLICT (day, post_id) DO UPDATE
          SET views = a.views + EXCLUDED.views, search_clicks = a.search_clicks + EXCLUDED.search_clicks`,
      [
        rows.map((r) => r.day),
        rows.map((r) => r.postId),
        rows.map((r) => r.views),
        rows.map((r) => r.searchClicks),
      ],
    );
  }

  /** Adds a batch of searches that found nothing to the daily counts. */
  async addGaps(rows: readonly { day: string; text: string; searches: number }[]): Promise<void> {
    if (!rows.length) return;
    await this.dataSource.query(
      `INSERT INTO analytics_search_gaps AS g (day, query, searches)
       SELECT day, query, sum(searches)
         FROM unnest($1::date[], $2::text[], $3::int[]) AS u(day, query, searches)
        GROUP BY day, query
       ON CONFLICT (day, query) DO UPDATE SET searches = g.searches + EXCLUDED.searches`,
      [rows.map((r) => r.day), rows.map((r) => r.text), rows.map((r) => r.searches)],
    );
  }

  /** Views, search clicks and questions reused in the period and the previous one. */
  async totals(r: AnalyticsRange, communityId: string | null) {
    const { params, community } = periodParams(r, communityId, true);
    const [row]: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT coalesce(sum(u.views) FILTER (WHERE u.day >= $1::date), 0) AS views,
              coalesce(sum(u.search_clicks) FILTER (WHERE u.day >= $1::date), 0) AS clicks,
              count(DISTINCT u.post_id) FILTER (WHERE u.day >= $1::date) AS questions,
              coalesce(sum(u.views) FILTER (WHERE u.day < $1::date), 0) AS prev_views,
              coalesce(sum(u.search_clicks) FILTER (WHERE u.day < $1::date), 0) AS prev_clicks,
              count(DISTINCT u.post_id) FILTER (WHERE u.day < $1::date) AS prev_questions
         FROM analytics_question_reuse u JOIN analytics_questions q ON q.post_id = u.post_id
        WHERE u.day BETWEEN $3::date AND $2::date ${community}`,
      params,
    );
    return {
      current: {
        views: num(row.views),
        searchClicks: num(row.clicks),
        questions: num(row.questions),
      },
      previous: {
        views: num(row.prev_views),
        searchClicks: num(row.prev_clicks),
        questions: num(row.prev_questions),
      },
    };
  }

  /** Views and search clicks per day of the period that had any. */
  async series(r: AnalyticsRange, communityId: string | null) {
    const { params, community } = periodParams(r, communityId);
    const rows: { day: string; views: string; clicks: string }[] = await this.dataSource.query(
      `SELECT to_char(u.day, 'YYYY-MM-DD') AS day, sum(u.views) AS views, sum(u.search_clicks) AS clicks
         FROM analytics_question_reuse u JOIN analytics_questions q ON q.post_id = u.post_id
        WHERE u.day BETWEEN $1::date AND $2::date ${community}
        GROUP BY u.day`,
      params,
    );
    return rows.map((row) => ({
      date: row.day,
      views: num(row.views),
      searchClicks: num(row.clicks),
    }));
  }

  /**
   * The most reused questions the viewer may read, and how many others (in restricted communities
   * the viewer is not in) were reused: a count and their uses, never an id or a word of them. The
   * ranking runs over visible questions only, so hidden ones cannot move a visible row.
   */
  async topQuestions(r: AnalyticsRange, viewerId: string, communityId: string | null) {
    const { params, community } = periodParams(r, communityId);
    const viewer = `$${params.push(viewerId)}`;
    const visible = this.access.visiblePostsSql('p', viewer);
    const used = `SELECT u.post_id, sum(u.views) AS views, sum(u.search_clicks) AS clicks
                    FROM analytics_question_reuse u JOIN analytics_questions q ON q.post_id = u.post_id
                   WHERE u.day BETWEEN $1::date AND $2::date ${community}
                   GROUP BY u.post_id`;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT p.id, left(p.body, ${QUESTION_BODY_READ}) AS body, used.views, used.clicks, c.id AS community_id, c.slug, c.name
         FROM (${used}) used JOIN posts p ON p.id = used.post_id
         LEFT JOIN communities c ON c.id = p.community_id
        WHERE ${visible}
        ORDER BY used.views + used.clicks DESC, used.clicks DESC, p.id
        LIMIT ${REUSED_QUESTIONS_MAX}`,
      params,
    );
    const [hidden]: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT count(*) AS questions, coalesce(sum(used.views), 0) AS views,
              coalesce(sum(used.clicks), 0) AS clicks
         FROM (${used}) used JOIN posts p ON p.id = used.post_id WHERE NOT (${visible})`,
      params,
    );
    return {
      questions: rows.map((row) => ({
        postId: String(row.id),
        // Plain text, cut at a word's edge with an ellipsis: never half a @handle or raw Markdown.
        excerpt: excerpt(String(row.body), QUESTION_EXCERPT_CHARS),
        views: num(row.views),
        searchClicks: num(row.clicks),
        community: row.community_id
          ? { id: String(row.community_id), slug: String(row.slug), name: String(row.name) }
          : null,
      })),
      hidden: {
        questions: num(hidden.questions),
        views: num(hidden.views),
        searchClicks: num(hidden.clicks),
      },
    };
  }

  /**
   * Searches that found nothing: the texts searched at least `minSearches` times in the period
   * (most first), how many texts stayed under that, and all such searches in the period and the
   * previous one.
   */
  async gaps(r: AnalyticsRange, minSearches: number) {
    const period = `SELECT query, sum(searches) AS searches FROM analytics_search_gaps
                     WHERE day BETWEEN $1::date AND $2::date GROUP BY query`;
    const rows: { query: string; searches: string }[] = await this.dataSource.query(
      `SELECT query, searches FROM (${period}) g WHERE searches >= $3::int
        ORDER BY searches DESC, query LIMIT ${CONTENT_GAPS_MAX}`,
      [r.from, r.to, minSearches],
    );
    const [counts]: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM (${period}) g WHERE searches < $3::int) AS below,
              (SELECT count(*) FROM (${period}) g WHERE searches >= $3::int) AS shown,
              coalesce(sum(searches) FILTER (WHERE day >= $1::date), 0) AS searches,
              coalesce(sum(searches) FILTER (WHERE day < $1::date), 0) AS prev_searches
         FROM analytics_search_gaps WHERE day BETWEEN $4::date AND $2::date`,
      [r.from, r.to, minSearches, r.previousFrom],
    );
    return {
      gaps: rows.map((row) => ({ query: row.query, searches: num(row.searches) })),
      texts: num(counts.shown),
      textsBelowThreshold: num(counts.below),
      emptySearches: num(counts.searches),
      previousEmptySearches: num(counts.prev_searches),
    };
  }
}
