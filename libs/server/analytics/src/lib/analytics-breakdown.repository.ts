import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import {
  ADOPTION_WINDOW_DAYS,
  DepartmentCounts,
  DepartmentReport,
  OpennessCounts,
} from './analytics-breakdown';
import {
  AnalyticsScope,
  DEPARTMENT_KEY,
  isScoped,
  NO_SCOPE,
  scopeSql,
  SqlParams,
} from './analytics-scope';
import { activeInPeriod, dayStart, reachesToday } from './analytics-sql';
import type { PeopleCounts, PeriodSums } from './analytics.repository';
import { AnalyticsRange } from './analytics.schemas';
import { AnalyticsDay } from './dto/analytics.model';

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/**
 * The breakdowns' reads: people per department (with the 30-day window for adoption and DAU/MAU)
 * from the people summary, openness from the day and community summaries, and the question rows.
 * Aggregate counts only: no names of communities, no content.
 */
@Injectable()
export class AnalyticsBreakdownRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  /** A department people gave (any case, trimmed): its first spelling, or null if nobody did. */
  async department(key: string): Promise<string | null> {
    const [row]: { name: string }[] = await this.dataSource.query(
      `SELECT min(trim(department)) AS name FROM users u WHERE ${DEPARTMENT_KEY('u')} = $1
       HAVING count(*) > 0`,
      [key],
    );
    return row?.name ?? null;
  }

  /**
   * A community the viewer may see, or null: one the viewer may not see is answered exactly
   * like one that does not exist.
   */
  async visibleCommunity(
    id: string,
    viewerId: string,
  ): Promise<{ id: string; slug: string; name: string } | null> {
    const [row]: { id: string; slug: string; name: string }[] = await this.dataSource.query(
      `SELECT c.id, c.slug, c.name FROM communities c
        WHERE c.id = $1 AND ${this.access.visibleCommunitiesSql('c', '$2')}`,
      [id, viewerId],
    );
    return row ?? null;
  }

  /**
   * Accounts that are not deactivated (and existed by the period's end), per department: one pass
   * over the people and their active days. The window's person-days (for DAU) are the day totals'
   * active people minus the days of people not counted: the same number as intersecting every
   * account's days with the window, without decompressing 20,000 multiranges (220 ms at 1M).
   */
  async departments(
    r: AnalyticsRange,
    scope: AnalyticsScope = NO_SCOPE,
  ): Promise<DepartmentReport> {
    const windowFrom = dayStart(r.to, 1 - ADOPTION_WINDOW_DAYS).slice(0, 10);
    if (isScoped(scope)) return this.scopedDepartments(r, windowFrom, scope);
    const account = (u: string) => `${u}.status = 'active' AND ${u}.created_at < $4`;
    const window = `daterange($3::date, $2::date, '[]')`;
    const today = reachesToday(r);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${DEPARTMENT_KEY('u')} AS key, min(trim(u.department)) AS name, count(*) AS people,
              count(*) FILTER (WHERE ${activeInPeriod('p', 'contributed', '$1', '$2', today)}) AS creators,
              count(*) FILTER (WHERE ${activeInPeriod('p', 'active', '$1', '$2', today)}) AS active,
              count(*) FILTER (WHERE ${activeInPeriod('p', 'active', '$3', '$2', today)}) AS active_30,
              (SELECT coalesce(sum(active_people), 0) FROM analytics_daily_totals
                WHERE day BETWEEN $3 AND $2)
              - (SELECT coalesce(sum((SELECT sum(upper(d) - lower(d))
                                        FROM unnest(x.active_days * datemultirange(${window})) d)), 0)
                   FROM users n JOIN analytics_people x ON x.user_id = n.id
                  WHERE NOT (${account('n')}) AND x.active_days && ${window}) AS days_30
         FROM users u LEFT JOIN analytics_people p ON p.user_id = u.id
        WHERE ${account('u')}
        GROUP BY 1`,
      [r.from, r.to, windowFrom, dayStart(r.to, 1)],
    );
    return { counts: rows.map(departmentCounts), activeDaysLast30: num(rows[0]?.days_30) };
  }

  /**
   * The same counts under a filter, from the person-days of the period and the 30-day window
   * (those of the filtered community, by people of the filtered department).
   */
  private async scopedDepartments(
    r: AnalyticsRange,
    windowFrom: string,
    scope: AnalyticsScope,
  ): Promise<DepartmentReport> {
    const params = new SqlParams([r.from, r.to, windowFrom, dayStart(r.to, 1)]);
    const s = scopeSql(scope, params);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `WITH act AS (
         SELECT user_id, bool_or(day >= $1 AND posts + replies > 0) AS creator,
                bool_or(day >= $1) AS active,
                count(DISTINCT day) FILTER (WHERE day >= $3) AS days_30
           FROM analytics_daily_activity a
          WHERE day BETWEEN least($1::date, $3::date) AND $2 AND posts + replies + likes > 0
            AND ${s.activity('a')}
          GROUP BY user_id)
       SELECT ${DEPARTMENT_KEY('u')} AS key, min(trim(u.department)) AS name, count(*) AS people,
              count(*) FILTER (WHERE act.creator) AS creators,
              count(*) FILTER (WHERE act.active) AS active,
              count(*) FILTER (WHERE act.days_30 > 0) AS active_30,
              coalesce(sum(act.days_30), 0) AS days_30
         FROM users u LEFT JOIN act ON act.user_id = u.id
        WHERE u.status = 'active' AND u.created_at < $4 AND ${s.people('u')}
        GROUP BY 1`,
      params.values,
    );
    return {
      counts: rows.map(departmentCounts),
      activeDaysLast30: rows.reduce((n, row) => n + num(row.days_30), 0),
    };
  }

  /** Under a filter: the series from the period's person-days (active = posted, replied or liked). */
  async series(r: AnalyticsRange, scope: AnalyticsScope): Promise<AnalyticsDay[]> {
    const params = new SqlParams([r.from, r.to]);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS date, coalesce(x.active, 0) AS active,
              coalesce(x.posts, 0) AS posts, coalesce(x.questions, 0) AS questions,
              coalesce(x.replies, 0) AS replies
         FROM generate_series($1::date, $2::date, interval '1 day') d
         LEFT JOIN (SELECT day, count(DISTINCT user_id) FILTER (WHERE posts + replies + likes > 0) AS active,
                           sum(posts) AS posts, sum(questions) AS questions, sum(replies) AS replies
                      FROM analytics_daily_activity a
                     WHERE day BETWEEN $1 AND $2 AND ${scopeSql(scope, params).activity('a')}
                     GROUP BY day) x ON x.day = d::date
        ORDER BY d`,
      params.values,
    );
    return rows.map((row) => ({
      date: String(row.date),
      activePeople: num(row.active),
      posts: num(row.posts),
      questions: num(row.questions),
      replies: num(row.replies),
    }));
  }

  /** Under a filter: the sums of the period and the one before. */
  async totals(
    r: AnalyticsRange,
    scope: AnalyticsScope,
  ): Promise<{ current: PeriodSums; previous: PeriodSums }> {
    const params = new SqlParams([r.previousFrom, r.from, r.to]);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT day >= $2::date AS current, sum(posts) AS posts, sum(questions) AS questions,
              sum(replies) AS replies, sum(likes) AS likes, sum(accepted_answers) AS accepted
         FROM analytics_daily_activity a
        WHERE day BETWEEN $1 AND $3 AND ${scopeSql(scope, params).activity('a')} GROUP BY 1`,
      params.values,
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
   * Under a filter: people active in the period and the one before (what they did in the
   * community, if one is set), and among the accounts counted (the department's, if one is set)
   * those active and those who posted or replied.
   */
  async people(r: AnalyticsRange, scope: AnalyticsScope): Promise<PeopleCounts> {
    const params = new SqlParams([r.previousFrom, r.from, r.to, dayStart(r.to, 1)]);
    const s = scopeSql(scope, params);
    const account = `u.status = 'active' AND u.created_at < $4`;
    const [row]: Record<string, unknown>[] = await this.dataSource.query(
      `WITH act AS (
         SELECT user_id, bool_or(day >= $2) AS active, bool_or(day < $2) AS previous_active,
                bool_or(day >= $2 AND posts + replies > 0) AS poster
           FROM analytics_daily_activity a
          WHERE day BETWEEN $1 AND $3 AND posts + replies + likes > 0 AND ${s.activity('a')}
          GROUP BY user_id)
       SELECT count(*) FILTER (WHERE act.active) AS active,
              count(*) FILTER (WHERE act.previous_active) AS previous_active,
              count(*) FILTER (WHERE ${account}) AS accounts,
              count(*) FILTER (WHERE ${account} AND act.active) AS active_accounts,
              count(*) FILTER (WHERE ${account} AND act.poster) AS posters
         FROM users u LEFT JOIN act ON act.user_id = u.id WHERE ${s.people('u')}`,
      params.values,
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
   * Posts (day summaries) and questions (question rows) of the period, all and those in restricted
   * communities (content whose audience is members only); the community's current type decides.
   * Under a filter both come from the period's person-days.
   */
  async openness(r: AnalyticsRange, scope: AnalyticsScope = NO_SCOPE): Promise<OpennessCounts> {
    const membersOnly = `${this.access.communityAudienceSql('c.type')} = 'members'`;
    // Filtered, the person-days hold the questions too: no timestamps needed.
    const params = new SqlParams(
      isScoped(scope) ? [r.from, r.to] : [r.from, r.to, dayStart(r.from), dayStart(r.to, 1)],
    );
    const [row]: Record<string, unknown>[] = await this.dataSource.query(
      isScoped(scope)
        ? `SELECT sum(a.posts) AS posts, sum(a.posts) FILTER (WHERE ${membersOnly}) AS restricted_posts,
                  sum(a.questions) AS questions,
                  sum(a.questions) FILTER (WHERE ${membersOnly}) AS restricted_questions
             FROM analytics_daily_activity a LEFT JOIN communities c ON c.id = a.community_id
            WHERE a.day BETWEEN $1 AND $2 AND ${scopeSql(scope, params).activity('a')}`
        : `SELECT (SELECT sum(posts) FROM analytics_daily_totals WHERE day BETWEEN $1 AND $2) AS posts,
              (SELECT sum(d.posts) FROM analytics_community_days d
                 JOIN communities c ON c.id = d.community_id AND ${membersOnly}
                WHERE d.day BETWEEN $1 AND $2) AS restricted_posts,
              (SELECT count(*) FROM analytics_questions
                WHERE asked_at >= $3 AND asked_at < $4) AS questions,
              (SELECT count(*) FROM analytics_questions q
                 JOIN communities c ON c.id = q.community_id AND ${membersOnly}
                WHERE q.asked_at >= $3 AND q.asked_at < $4) AS restricted_questions`,
      params.values,
    );
    return {
      posts: num(row.posts),
      restrictedPosts: num(row.restricted_posts),
      questions: num(row.questions),
      restrictedQuestions: num(row.restricted_questions),
    };
  }
}

function departmentCounts(row: Record<string, unknown>): DepartmentCounts {
  return {
    name: row.key === null ? null : String(row.name),
    people: num(row.people),
    creators: num(row.creators),
    active: num(row.active),
    activeLast30: num(row.active_30),
  };
}
