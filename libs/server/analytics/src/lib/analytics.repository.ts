import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { dayStart, NO_COMMUNITY } from './analytics-rollup';
import { AnalyticsRange } from './analytics.schemas';
import {
  AnalyticsAnswering,
  AnalyticsCommunity,
  AnalyticsCommunityOrder,
  AnalyticsContributorOrder,
  AnalyticsDay,
  AnalyticsParticipation,
  AnalyticsTotals,
} from './dto/analytics.model';

/** Same rule as the community catalogue's `isDormant`. */
export const DORMANT_AFTER_DAYS = 60;
export const COMMUNITY_LIST_MAX = 100;
export const CONTRIBUTORS_MAX = 10;

// Allow-listed sorts: enum -> SQL. Nothing from the client reaches the SQL text.
const COMMUNITY_ORDER: Record<AnalyticsCommunityOrder, string> = {
  POSTS: 'posts DESC, active_members DESC, lower(c.name), c.id',
  ACTIVE_MEMBERS: 'active_members DESC, posts DESC, lower(c.name), c.id',
  LAST_ACTIVITY: 'c.last_activity_at DESC, c.id',
  NAME: 'lower(c.name), c.id',
};
const CONTRIBUTOR_ORDER: Record<AnalyticsContributorOrder, string> = {
  ACCEPTED_ANSWERS: 'accepted_answers DESC, replies DESC, user_id',
  REPLIES: 'replies DESC, accepted_answers DESC, user_id',
};

/**
 * One row per person and day (a person active in three communities counts once). Grouping
 * first and counting rows after is a hash or index-ordered aggregate; a distinct count sorted
 * everything on disk at 100k posts (see README).
 */
const PERSON_DAYS = `SELECT day, user_id, bool_or(posts + replies + likes > 0) AS active, sum(posts) AS posts,
         sum(questions) AS questions, sum(replies) AS replies
    FROM analytics_daily_activity WHERE day BETWEEN $1 AND $2 GROUP BY day, user_id`;

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const minutes = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * The dashboard's reads. "Active" means posted, replied or liked: a row holding only an accepted
 * answer (someone else's action) does not make its person active that day. Counts come from the daily rollup (`analytics_daily_activity`); time to
 * answer needs per-question times, read from posts and replies through their indexes. Names of
 * communities pass `AccessPolicy.visibleCommunitiesSql` for the viewing admin.
 */
@Injectable()
export class AnalyticsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  /**
   * One read with room to aggregate in memory: the default 4 MB spilled the per-person grouping
   * to disk at 10× intranet-100k (2.5 s → 1.1 s). Admin-only and rare, so the memory is affordable.
   */
  private read(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SET LOCAL work_mem = '64MB'`);
      return tx.query(sql, params);
    });
  }

  async series(r: AnalyticsRange): Promise<AnalyticsDay[]> {
    const rows: Record<string, unknown>[] = await this.read(
      `SELECT to_char(d, 'YYYY-MM-DD') AS date, coalesce(a.active, 0) AS active, coalesce(a.posts, 0) AS posts,
              coalesce(a.questions, 0) AS questions, coalesce(a.replies, 0) AS replies
         FROM generate_series($1::date, $2::date, interval '1 day') d
         LEFT JOIN (SELECT day, count(*) FILTER (WHERE active) AS active, sum(posts) AS posts,
                           sum(questions) AS questions, sum(replies) AS replies
                      FROM (${PERSON_DAYS}) x GROUP BY day) a
           ON a.day = d::date
        ORDER BY d`,
      [r.from, r.to],
    );
    return rows.map((row) => ({
      date: String(row.date),
      activePeople: num(row.active),
      posts: num(row.posts),
      questions: num(row.questions),
      replies: num(row.replies),
    }));
  }

  /** Totals of the period and of the one before, in one pass. */
  async totals(
    r: AnalyticsRange,
  ): Promise<{ current: AnalyticsTotals; previous: AnalyticsTotals }> {
    const rows: Record<string, unknown>[] = await this.read(
      `SELECT current, count(*) FILTER (WHERE active) AS active, sum(posts) AS posts,
              sum(questions) AS questions, sum(replies) AS replies, sum(likes) AS likes,
              sum(accepted_answers) AS accepted
         FROM (SELECT day >= $2::date AS current, user_id, bool_or(posts + replies + likes > 0) AS active,
                      sum(posts) AS posts, sum(questions) AS questions, sum(replies) AS replies,
                      sum(likes) AS likes, sum(accepted_answers) AS accepted_answers
                 FROM analytics_daily_activity WHERE day BETWEEN $1 AND $3 GROUP BY 1, 2) x
        GROUP BY current`,
      [r.previousFrom, r.from, r.to],
    );
    const pick = (current: boolean): AnalyticsTotals => {
      const row = rows.find((x) => x.current === current) ?? {};
      return {
        activePeople: num(row.active),
        posts: num(row.posts),
        questions: num(row.questions),
        replies: num(row.replies),
        likes: num(row.likes),
        acceptedAnswers: num(row.accepted),
      };
    };
    return { current: pick(true), previous: pick(false) };
  }

  async participation(r: AnalyticsRange): Promise<AnalyticsParticipation> {
    const [row]: Record<string, unknown>[] = await this.read(
      `SELECT (SELECT count(*) FROM users WHERE status = 'active' AND created_at < $3) AS accounts,
              count(*) AS active, count(*) FILTER (WHERE x.contributed > 0) AS posters
         FROM (SELECT user_id, sum(posts + replies) AS contributed FROM analytics_daily_activity
                WHERE day BETWEEN $1 AND $2 AND posts + replies + likes > 0 GROUP BY user_id) x
         JOIN users u ON u.id = x.user_id AND u.status = 'active'`,
      [r.from, r.to, dayStart(r.to, 1)],
    );
    const accounts = num(row.accounts);
    const active = Math.min(num(row.active), accounts);
    const posters = num(row.posters);
    return {
      activeAccounts: accounts,
      activePeople: active,
      activeShare: share(active, accounts),
      posters,
      reactors: Math.max(active - posters, 0),
      readers: Math.max(accounts - active, 0),
    };
  }

  /**
   * Questions asked in the period (and the one before): answered = a reply from someone other
   * than the asker; times in minutes. Each question's first reply is one probe of
   * `replies_post_idx`; the questions come from `posts_open_questions_idx`.
   */
  async answering(
    r: AnalyticsRange,
  ): Promise<{ current: AnalyticsAnswering; previous: AnalyticsAnswering }> {
    const rows: Record<string, unknown>[] = await this.read(
      `WITH q AS (
         SELECT p.created_at >= $2 AS current, p.accepted_reply_id IS NOT NULL AS accepted,
                extract(epoch FROM p.answered_at - p.created_at) / 60 AS to_accept,
                extract(epoch FROM f.first_at - p.created_at) / 60 AS to_reply
           FROM posts p
           LEFT JOIN LATERAL (SELECT min(r.created_at) AS first_at FROM replies r
                               WHERE r.post_id = p.id AND r.author_id <> p.author_id
                                 AND r.deleted_at IS NULL) f ON true
          WHERE p.is_question AND p.deleted_at IS NULL AND p.created_at >= $1 AND p.created_at < $3)
       SELECT current, count(*) AS questions, count(to_reply) AS answered,
              count(*) FILTER (WHERE accepted) AS accepted,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY to_reply) AS reply_p50,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY to_reply) AS reply_p90,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY to_accept) FILTER (WHERE accepted) AS accept_p50,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY to_accept) FILTER (WHERE accepted) AS accept_p90
         FROM q GROUP BY current`,
      [dayStart(r.previousFrom), dayStart(r.from), dayStart(r.to, 1)],
    );
    const pick = (current: boolean): AnalyticsAnswering => {
      const row = rows.find((x) => x.current === current) ?? {};
      const questions = num(row.questions);
      return {
        questions,
        answered: num(row.answered),
        accepted: num(row.accepted),
        answeredShare: share(num(row.answered), questions),
        acceptedShare: share(num(row.accepted), questions),
        firstReplyMedianMinutes: minutes(row.reply_p50),
        firstReplyP90Minutes: minutes(row.reply_p90),
        acceptedMedianMinutes: minutes(row.accept_p50),
        acceptedP90Minutes: minutes(row.accept_p90),
      };
    };
    return { current: pick(true), previous: pick(false) };
  }

  /** People are not secret; their counts are aggregates over everything they did. */
  async topContributors(r: AnalyticsRange, order: AnalyticsContributorOrder) {
    const rows: Record<string, unknown>[] = await this.read(
      `SELECT user_id, sum(accepted_answers) AS accepted_answers, sum(replies) AS replies, sum(posts) AS posts
         FROM analytics_daily_activity WHERE day BETWEEN $1 AND $2
        GROUP BY user_id HAVING sum(accepted_answers) + sum(replies) > 0
        ORDER BY ${CONTRIBUTOR_ORDER[order]} LIMIT ${CONTRIBUTORS_MAX}`,
      [r.from, r.to],
    );
    return rows.map((row) => ({
      userId: String(row.user_id),
      acceptedAnswers: num(row.accepted_answers),
      replies: num(row.replies),
      posts: num(row.posts),
    }));
  }

  /**
   * Communities the viewer may see, with their activity in the period; restricted ones the
   * viewer is not in are only counted. The sort runs over visible rows only, so hidden
   * communities cannot shift positions.
   */
  async communities(
    r: AnalyticsRange,
    viewerId: string,
    order: AnalyticsCommunityOrder,
  ): Promise<{ list: AnalyticsCommunity[]; visible: number; hidden: number }> {
    const visible = this.access.visibleCommunitiesSql('c', '$3');
    const rows: Record<string, unknown>[] = await this.read(
      `SELECT c.id, c.slug, c.name, c.type, c.member_count, c.last_activity_at,
              c.last_activity_at < now() - make_interval(days => $4) AS dormant,
              coalesce(a.posts, 0) AS posts, coalesce(a.replies, 0) AS replies,
              coalesce(a.active_members, 0) AS active_members, count(*) OVER () AS total
         FROM communities c
         LEFT JOIN (SELECT community_id, sum(posts) AS posts, sum(replies) AS replies,
                           count(*) FILTER (WHERE active) AS active_members
                      FROM (SELECT community_id, user_id, bool_or(posts + replies + likes > 0) AS active,
                                   sum(posts) AS posts, sum(replies) AS replies
                              FROM analytics_daily_activity
                             WHERE day BETWEEN $1 AND $2 AND community_id <> '${NO_COMMUNITY}'
                             GROUP BY community_id, user_id) x
                     GROUP BY community_id) a ON a.community_id = c.id
        WHERE ${visible}
        ORDER BY ${COMMUNITY_ORDER[order]} LIMIT ${COMMUNITY_LIST_MAX}`,
      [r.from, r.to, viewerId, DORMANT_AFTER_DAYS],
    );
    const [{ hidden }]: { hidden: string }[] = await this.dataSource.query(
      `SELECT count(*) AS hidden FROM communities c WHERE NOT ${this.access.visibleCommunitiesSql('c', '$1')}`,
      [viewerId],
    );
    return {
      list: rows.map((row) => ({
        id: String(row.id),
        slug: String(row.slug),
        name: String(row.name),
        type: String(row.type),
        memberCount: num(row.member_count),
        posts: num(row.posts),
        replies: num(row.replies),
        activeMembers: num(row.active_members),
        lastActivityAt: new Date(row.last_activity_at as string),
        isDormant: Boolean(row.dormant),
      })),
      visible: rows.length ? num(rows[0].total) : 0,
      hidden: num(hidden),
    };
  }
}
