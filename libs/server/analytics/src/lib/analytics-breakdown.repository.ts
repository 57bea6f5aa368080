import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { ADOPTION_WINDOW_DAYS, DepartmentCounts, OpennessCounts } from './analytics-breakdown';
import { dayStart } from './analytics-sql';
import { AnalyticsRange } from './analytics.schemas';

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/** A department as people gave it: trimmed, any case; empty = none. */
export const DEPARTMENT_KEY = (u: string) => `lower(nullif(trim(${u}.department), ''))`;

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

  /**
   * Accounts that are not deactivated (and existed by the period's end), per department: one pass
   * over the people and their active days. `activeDaysLast30` sums each person's active days in
   * the window (the multirange intersected with it), so DAU needs no per-day distinct count.
   */
  async departments(r: AnalyticsRange): Promise<DepartmentCounts[]> {
    const windowFrom = dayStart(r.to, 1 - ADOPTION_WINDOW_DAYS).slice(0, 10);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${DEPARTMENT_KEY('u')} AS key, min(trim(u.department)) AS name, count(*) AS people,
              count(*) FILTER (WHERE p.contributed_days && daterange($1::date, $2::date, '[]')) AS creators,
              count(*) FILTER (WHERE p.active_days && daterange($1::date, $2::date, '[]')) AS active,
              count(*) FILTER (WHERE p.active_days && daterange($3::date, $2::date, '[]')) AS active_30,
              coalesce(sum((SELECT sum(upper(d) - lower(d)) FROM
                unnest(p.active_days * datemultirange(daterange($3::date, $2::date, '[]'))) d)), 0) AS days_30
         FROM users u LEFT JOIN analytics_people p ON p.user_id = u.id
        WHERE u.status = 'active' AND u.created_at < $4
        GROUP BY 1`,
      [r.from, r.to, windowFrom, dayStart(r.to, 1)],
    );
    return rows.map((row) => ({
      name: row.key === null ? null : String(row.name),
      people: num(row.people),
      creators: num(row.creators),
      active: num(row.active),
      activeLast30: num(row.active_30),
      activeDaysLast30: num(row.days_30),
    }));
  }

  /**
   * Posts (day summaries) and questions (question rows) of the period, all and those in restricted
   * communities (content whose audience is members only); the community's current type decides.
   */
  async openness(r: AnalyticsRange): Promise<OpennessCounts> {
    const membersOnly = `${this.access.communityAudienceSql('c.type')} = 'members'`;
    const [row]: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT (SELECT sum(posts) FROM analytics_daily_totals WHERE day BETWEEN $1 AND $2) AS posts,
              (SELECT sum(d.posts) FROM analytics_community_days d
                 JOIN communities c ON c.id = d.community_id AND ${membersOnly}
                WHERE d.day BETWEEN $1 AND $2) AS restricted_posts,
              (SELECT count(*) FROM analytics_questions
                WHERE asked_at >= $3 AND asked_at < $4) AS questions,
              (SELECT count(*) FROM analytics_questions q
                 JOIN communities c ON c.id = q.community_id AND ${membersOnly}
                WHERE q.asked_at >= $3 AND q.asked_at < $4) AS restricted_questions`,
      [r.from, r.to, dayStart(r.from), dayStart(r.to, 1)],
    );
    return {
      posts: num(row.posts),
      restrictedPosts: num(row.restricted_posts),
      questions: num(row.questions),
      restrictedQuestions: num(row.restricted_questions),
    };
  }
}
