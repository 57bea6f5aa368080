import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy } from '@outloud/server-core';
import { excerpt } from '@outloud/stream';
import { DataSource } from 'typeorm';
import { answerRate } from './analytics-breakdown';
import { AnalyticsNudgeRepository, NUDGE_MAX } from './analytics-nudge.repository';
import { AnalyticsScope, isScoped, NO_SCOPE, scopeSql, SqlParams } from './analytics-scope';
import {
  activeInPeriod,
  dayStart,
  NO_COMMUNITY,
  QUESTION_BODY_READ,
  QUESTION_EXCERPT_CHARS,
  reachesToday,
  toUtcDay,
} from './analytics-sql';
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
export const UNANSWERED_MAX = 20;
export { NUDGE_DAYS, NUDGE_MAX } from './analytics-nudge.repository';

// Allow-listed sorts: enum -> SQL. Nothing from the client reaches the SQL text.
const COMMUNITY_ORDER: Record<AnalyticsCommunityOrder, string> = {
  POSTS: 'posts DESC, active_members DESC, lower(c.name), c.id',
  ACTIVE_MEMBERS: 'active_members DESC, posts DESC, lower(c.name), c.id',
  LAST_ACTIVITY: 'c.last_activity_at DESC, c.id',
  NAME: 'lower(c.name), c.id',
};
export const CONTRIBUTOR_ORDER: Record<AnalyticsContributorOrder, string> = {
  ACCEPTED_ANSWERS: 'accepted_answers DESC, replies DESC, user_id',
  REPLIES: 'replies DESC, accepted_answers DESC, user_id',
};

/** The period `[$a, $b]` (days) as a range, for overlap tests with people's active days. */
const period = (a: string, b: string) => `daterange(${a}::date, ${b}::date, '[]')`;

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

export type PeriodSums = Omit<AnalyticsTotals, 'activePeople'>;
export interface PeopleCounts {
  active: number;
  previousActive: number;
  accounts: number;
  activeAccounts: number;
  posters: number;
}

/** Accounts split into the active (posters and reactors) and readers. */
export function participationOf(people: PeopleCounts): AnalyticsParticipation {
  const { accounts, activeAccounts: active, posters } = people;
  return {
    activeAccounts: accounts,
    activePeople: active,
    activeShare: share(active, accounts),
    posters,
    reactors: Math.max(active - posters, 0),
    readers: Math.max(accounts - active, 0),
  };
}
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const minutes = (v: unknown) => (v === null || v === undefined ? null : Number(v));
/** `percentile_cont` over an array of fractions: an array (pg parses float8[]), or NULL without rows. */
const percentiles = (v: unknown): (number | null)[] => (Array.isArray(v) ? v : [null, null]);

/**
 * The dashboard's reads. "Active" means posted, replied or liked: a row holding only an accepted
 * answer (someone else's action) does not make its person active that day. Every read uses the
 * summaries of migration 1764001300000 (day totals, community days, people's active days as
 * multiranges, one row per question), so its cost follows the number of days, people and
 * questions in the period, not the person-days; top contributors read the rollup's rows with
 * replies or accepted answers through a covering index. Names of communities pass
 * `AccessPolicy.visibleCommunitiesSql` for the viewing admin.
 */
@Injectable()
export class AnalyticsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly nudge: AnalyticsNudgeRepository,
  ) {}

  /**
   * One read with room to sort and aggregate in memory (answer-time percentiles, per-person
   * sums): the default 4 MB spilled to disk at 1M posts. Admin-only and rare, so the memory is
   * affordable.
   */
  private read(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SET LOCAL work_mem = '64MB'`);
      return tx.query(sql, params);
    });
  }

  async series(r: AnalyticsRange): Promise<AnalyticsDay[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS date, coalesce(t.active_people, 0) AS active,
              coalesce(t.posts, 0) AS posts, coalesce(t.questions, 0) AS questions,
              coalesce(t.replies, 0) AS replies
         FROM generate_series($1::date, $2::date, interval '1 day') d
         LEFT JOIN analytics_daily_totals t ON t.day = d::date
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

  /** Sums of the period and of the one before, from the day totals (people come from `people`). */
  async totals(r: AnalyticsRange): Promise<{ current: PeriodSums; previous: PeriodSums }> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT day >= $2::date AS current, sum(posts) AS posts, sum(questions) AS questions,
              sum(replies) AS replies, sum(likes) AS likes, sum(accepted_answers) AS accepted
         FROM analytics_daily_totals WHERE day BETWEEN $1 AND $3 GROUP BY 1`,
      [r.previousFrom, r.from, r.to],
    );
    const pick = (current: boolean): PeriodSums => {
      const row = rows.find((x) => x.current === current) ?? {};
      return {
        posts: num(row.posts),
        questions: num(row.questions),
        replies: num(row.replies),
        likes: num(row.likes),
        acceptedAnswers: num(row.accepted),
      };
    };
    return { current: pick(true), previous: pick(false) };
  }

  /**
   * Every count of people, in one pass over the people and their active days: active in the
   * period and the one before, and among accounts (active status, created by the period's end)
   * those active and those who posted or replied.
   */
  async people(r: AnalyticsRange): Promise<PeopleCounts> {
    const account = `u.status = 'active' AND u.created_at < $5`;
    const today = reachesToday(r);
    const active = activeInPeriod('p', 'active', '$1', '$2', today);
    const [row]: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE ${active}) AS active,
              count(*) FILTER (WHERE ${activeInPeriod('p', 'active', '$3', '$4', false)}) AS previous_active,
              count(*) FILTER (WHERE ${account}) AS accounts,
              count(*) FILTER (WHERE ${account} AND ${active}) AS active_accounts,
              count(*) FILTER (WHERE ${account} AND ${activeInPeriod('p', 'contributed', '$1', '$2', today)}) AS posters
         FROM users u LEFT JOIN analytics_people p ON p.user_id = u.id`,
      [r.from, r.to, r.previousFrom, r.previousTo, dayStart(r.to, 1)],
    );
    return {
      active: num(row.active),
      previousActive: num(row.previous_active),
      accounts: num(row.accounts),
      activeAccounts: num(row.active_accounts),
      posters: num(row.posters),
    };
  }

  /**
   * Questions asked in the period (and the one before): answered = a reply from someone other
   * than the asker; times in minutes. One row each in `analytics_questions`.
   */
  async answering(
    r: AnalyticsRange,
    scope: AnalyticsScope = NO_SCOPE,
    now: Date = new Date(),
  ): Promise<{ current: AnalyticsAnswering; previous: AnalyticsAnswering }> {
    const params = new SqlParams([
      dayStart(r.previousFrom),
      dayStart(r.from),
      dayStart(r.to, 1),
      now.toISOString(),
    ]);
    // A filter reads each question's post for its asker and community (the period's only).
    const scoped = isScoped(scope)
      ? `AND EXISTS (SELECT 1 FROM posts p WHERE p.id = aq.post_id
                       AND ${scopeSql(scope, params).action('p.author_id', 'p')})`
      : '';
    // One aggregate per period over one scan, without GROUP BY: grouping by period sorted all
    // 148,000 questions of a 90-day view before the percentiles sorted them again (−32 %).
    const period = (current: boolean, p: string) => {
      const when = current ? 'current' : 'NOT current';
      return `count(*) FILTER (WHERE ${when}) AS ${p}questions,
              count(to_reply) FILTER (WHERE ${when}) AS ${p}answered,
              count(*) FILTER (WHERE ${when} AND old_day AND to_reply <= 1440) AS ${p}within_day,
              count(*) FILTER (WHERE ${when} AND old_week AND to_reply <= 10080) AS ${p}within_week,
              count(*) FILTER (WHERE ${when} AND old_day) AS ${p}asked_day_ago,
              count(*) FILTER (WHERE ${when} AND old_week) AS ${p}asked_week_ago,
              count(*) FILTER (WHERE ${when} AND accepted) AS ${p}accepted,
              -- One sort per time gives both percentiles.
              percentile_cont('{0.5,0.9}'::float8[]) WITHIN GROUP (ORDER BY to_reply)
                FILTER (WHERE ${when}) AS ${p}reply,
              percentile_cont('{0.5,0.9}'::float8[]) WITHIN GROUP (ORDER BY to_accept)
                FILTER (WHERE ${when} AND accepted) AS ${p}accept`;
    };
    const [row]: Record<string, unknown>[] = await this.read(
      `WITH q AS (
         SELECT asked_at >= $2 AS current, accepted_at IS NOT NULL AS accepted,
                -- date_part gives float8; extract gives numeric, 28 % slower over 150,000 questions.
                date_part('epoch', accepted_at - asked_at) / 60 AS to_accept,
                date_part('epoch', first_reply_at - asked_at) / 60 AS to_reply,
                asked_at <= $4::timestamptz - interval '1 day' AS old_day,
                asked_at <= $4::timestamptz - interval '7 days' AS old_week
           FROM analytics_questions aq WHERE asked_at >= $1 AND asked_at < $3 ${scoped})
       SELECT ${period(true, '')}, ${period(false, 'previous_')} FROM q`,
      params.values,
    );
    const pick = (current: boolean): AnalyticsAnswering => {
      const at = (column: string) => row[current ? column : `previous_${column}`];
      const questions = num(at('questions'));
      return {
        questions,
        answered: num(at('answered')),
        accepted: num(at('accepted')),
        answeredWithinDay: num(at('within_day')),
        askedDayAgo: num(at('asked_day_ago')),
        answeredWithinDayShare: share(num(at('within_day')), num(at('asked_day_ago'))),
        answeredWithinWeek: num(at('within_week')),
        askedWeekAgo: num(at('asked_week_ago')),
        answeredWithinWeekShare: share(num(at('within_week')), num(at('asked_week_ago'))),
        answeredShare: share(num(at('answered')), questions),
        acceptedShare: share(num(at('accepted')), questions),
        firstReplyMedianMinutes: minutes(percentiles(at('reply'))[0]),
        firstReplyP90Minutes: minutes(percentiles(at('reply'))[1]),
        acceptedMedianMinutes: minutes(percentiles(at('accept'))[0]),
        acceptedP90Minutes: minutes(percentiles(at('accept'))[1]),
      };
    };
    return { current: pick(true), previous: pick(false) };
  }

  /**
   * Questions of the period with no reply from anyone but the asker, oldest first: the ones the
   * viewer may read (`post.read`), and how many others there are (counted, never shown). Each
   * comes with people who could be nudged (`nudgeFor`).
   */
  async unanswered(r: AnalyticsRange, viewerId: string, scope: AnalyticsScope = NO_SCOPE) {
    const open = `SELECT post_id, asked_at FROM analytics_questions
                   WHERE first_reply_at IS NULL AND asked_at >= $1 AND asked_at < $2`;
    const visible = this.access.visiblePostsSql('p', '$3');
    const sql = new SqlParams([dayStart(r.from), dayStart(r.to, 1), viewerId]);
    const scoped = scopeSql(scope, sql).action('p.author_id', 'p');
    const params = sql.values;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT p.id, o.asked_at, left(p.body, ${QUESTION_BODY_READ}) AS body, p.author_id, p.community_id,
              c.slug, c.name
         FROM (${open}) o JOIN posts p ON p.id = o.post_id
         LEFT JOIN communities c ON c.id = p.community_id
        WHERE ${visible} AND ${scoped}
        ORDER BY o.asked_at, p.id LIMIT ${UNANSWERED_MAX}`,
      params,
    );
    // The access rule once per question: the others are the total minus the visible ones.
    const [counts]: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE ${visible}) AS visible, count(*) AS total
         FROM (${open}) o JOIN posts p ON p.id = o.post_id WHERE ${scoped}`,
      params,
    );
    const nudge = await this.nudgeFor(
      rows.map((row) => ({
        postId: String(row.id),
        communityId: row.community_id ? String(row.community_id) : NO_COMMUNITY,
        askerId: String(row.author_id),
      })),
    );
    return {
      questions: rows.map((row) => ({
        postId: String(row.id),
        askedAt: new Date(row.asked_at as string),
        // Plain text, cut at a word's edge with an ellipsis: never half a @handle or raw Markdown.
        excerpt: excerpt(String(row.body), QUESTION_EXCERPT_CHARS),
        askerId: String(row.author_id),
        community: row.community_id
          ? { id: String(row.community_id), slug: String(row.slug), name: String(row.name) }
          : null,
        nudgeIds: nudge.get(String(row.id)) ?? [],
      })),
      total: num(counts.visible),
      hiddenCount: num(counts.total) - num(counts.visible),
    };
  }

  /**
   * Up to three people per question who answer in its community (`AnalyticsNudgeRepository`),
   * not the asker. Each community is ranked once: the unanswered questions mostly share one,
   * often "no community".
   */
  private async nudgeFor(
    questions: { postId: string; communityId: string; askerId: string }[],
  ): Promise<Map<string, string[]>> {
    const communities = [...new Set(questions.map((q) => q.communityId))];
    const ranked = await this.nudge.ranked(communities, toUtcDay(new Date()));
    return new Map(
      questions.map((q) => [
        q.postId,
        (ranked.get(q.communityId) ?? []).filter((id) => id !== q.askerId).slice(0, NUDGE_MAX),
      ]),
    );
  }

  /**
   * Communities the viewer may see, with their activity in the period and their health (questions
   * asked there, answered by someone other than the asker, median minutes to that first answer);
   * restricted ones the viewer is not in are only counted. The sort runs over visible rows only, so hidden
   * communities cannot shift positions.
   */
  async communities(
    r: AnalyticsRange,
    viewerId: string,
    order: AnalyticsCommunityOrder,
    scope: AnalyticsScope = NO_SCOPE,
  ): Promise<{ list: AnalyticsCommunity[]; visible: number; hidden: number }> {
    const visible = this.access.visibleCommunitiesSql('c', '$3');
    const params = new SqlParams([
      r.from,
      r.to,
      viewerId,
      DORMANT_AFTER_DAYS,
      dayStart(r.from),
      dayStart(r.to, 1),
    ]);
    const s = scopeSql(scope, params);
    // Someone active in [from, today] is someone last active on or after `from`: for periods
    // that reach today, count them from the recency buckets (~30 rows a community) instead of
    // testing every person's days (0.9M community-person rows at 1M posts).
    // Filtered, the period's person-days of the community are read instead of the summaries.
    const activity = isScoped(scope)
      ? `SELECT community_id, sum(posts) AS posts, sum(replies) AS replies
           FROM analytics_daily_activity a WHERE day BETWEEN $1 AND $2 AND ${s.activity('a')}
          GROUP BY community_id`
      : `SELECT community_id, sum(posts) AS posts, sum(replies) AS replies
           FROM analytics_community_days WHERE day BETWEEN $1 AND $2 GROUP BY community_id`;
    const activeMembers = isScoped(scope)
      ? `SELECT community_id, count(DISTINCT user_id) AS active_members
           FROM analytics_daily_activity a
          WHERE day BETWEEN $1 AND $2 AND posts + replies + likes > 0 AND ${s.activity('a')}
          GROUP BY community_id`
      : reachesToday(r)
        ? `SELECT community_id, sum(people) AS active_members FROM analytics_community_recency
            WHERE last_day >= $1 GROUP BY community_id`
        : `SELECT community_id, count(*) AS active_members FROM analytics_community_people
            WHERE active_days && ${period('$1', '$2')} GROUP BY community_id`;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT c.id, c.slug, c.name, c.type, c.member_count, c.last_activity_at,
              c.last_activity_at < now() - make_interval(days => $4) AS dormant,
              coalesce(a.posts, 0) AS posts, coalesce(a.replies, 0) AS replies,
              coalesce(m.active_members, 0) AS active_members, count(*) OVER () AS total,
              coalesce(h.questions, 0) AS questions, coalesce(h.answered, 0) AS answered,
              h.first_answer_p50
         FROM communities c
         LEFT JOIN (${activity}) a ON a.community_id = c.id
         LEFT JOIN (${activeMembers}) m ON m.community_id = c.id
         LEFT JOIN (SELECT community_id, count(*) AS questions, count(first_reply_at) AS answered,
                           percentile_cont(0.5) WITHIN GROUP (
                             ORDER BY date_part('epoch', first_reply_at - asked_at) / 60) AS first_answer_p50
                      FROM analytics_questions aq
                     WHERE community_id IS NOT NULL AND asked_at >= $5 AND asked_at < $6
                       ${isScoped(scope) ? `AND EXISTS (SELECT 1 FROM posts p WHERE p.id = aq.post_id AND ${s.action('p.author_id', 'p')})` : ''}
                     GROUP BY community_id) h ON h.community_id = c.id
        WHERE ${visible} AND ${s.community('c')}
        ORDER BY ${COMMUNITY_ORDER[order]} LIMIT ${COMMUNITY_LIST_MAX}`,
      params.values,
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
        questions: num(row.questions),
        answeredQuestions: num(row.answered),
        answerRate: answerRate(num(row.answered), num(row.questions)),
        firstAnswerMedianMinutes: minutes(row.first_answer_p50),
      })),
      visible: rows.length ? num(rows[0].total) : 0,
      hidden: num(hidden),
    };
  }
}
