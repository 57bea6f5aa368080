import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { splitIntoWeeks } from './analytics-contributors';
import { AnalyticsScope, isScoped, NO_SCOPE, scopeSql, SqlParams } from './analytics-scope';
import { CONTRIBUTOR_ORDER, CONTRIBUTORS_MAX } from './analytics.repository';
import { AnalyticsRange } from './analytics.schemas';
import { AnalyticsContributorOrder } from './dto/analytics.model';

export interface ContributorCounts {
  userId: string;
  acceptedAnswers: number;
  replies: number;
  posts: number;
}

/** The person-day rows top contributors sum: those with a reply or an accepted answer. */
const CONTRIBUTED = `replies + accepted_answers > 0`;

/**
 * Top contributors. People are not secret; their counts are aggregates over everything they did.
 * Unfiltered, the period's whole weeks come from `analytics_contributor_weeks` and only the days
 * at its edges from the person-days (at most six on each side); filtered, the period's
 * person-days of what the filter keeps. Both sum the same rows, so the answers are the same.
 */
@Injectable()
export class AnalyticsContributorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async top(
    r: AnalyticsRange,
    order: AnalyticsContributorOrder,
    scope: AnalyticsScope = NO_SCOPE,
  ): Promise<ContributorCounts[]> {
    const { sql, params } = isScoped(scope) ? this.fromDays(r, scope) : this.fromWeeks(r);
    const rows: Record<string, unknown>[] = await this.dataSource.transaction(async (tx) => {
      // Room to group every contributor of a long period in memory (admin-only and rare).
      await tx.query(`SET LOCAL work_mem = '64MB'`);
      return tx.query(
        `SELECT user_id, sum(accepted_answers) AS accepted_answers, sum(replies) AS replies,
                sum(posts) AS posts
           FROM (${sql}) c
          GROUP BY user_id
          ORDER BY ${CONTRIBUTOR_ORDER[order]} LIMIT ${CONTRIBUTORS_MAX}`,
        params,
      );
    });
    return rows.map((row) => ({
      userId: String(row.user_id),
      acceptedAnswers: Number(row.accepted_answers),
      replies: Number(row.replies),
      posts: Number(row.posts),
    }));
  }

  private fromWeeks(r: AnalyticsRange) {
    const { weeksFrom, weeksTo } = splitIntoWeeks(r.from, r.to);
    const days = (from: string, to: string) =>
      `SELECT user_id, accepted_answers, replies, posts FROM analytics_daily_activity
        WHERE day >= ${from}::date AND day < ${to}::date AND ${CONTRIBUTED}`;
    return {
      // $1 from, $2 the first whole week, $3 the day after the last, $4 the day after `to`.
      sql: `${days('$1', '$2')}
            UNION ALL
            SELECT user_id, accepted_answers, replies, posts FROM analytics_contributor_weeks
             WHERE week >= $2::date AND week < $3::date AND ${CONTRIBUTED}
            UNION ALL
            ${days('$3', '$4')}`,
      params: [r.from, weeksFrom, weeksTo, dayAfter(r.to)],
    };
  }

  private fromDays(r: AnalyticsRange, scope: AnalyticsScope) {
    const params = new SqlParams([r.from, r.to]);
    return {
      sql: `SELECT user_id, accepted_answers, replies, posts FROM analytics_daily_activity a
             WHERE day BETWEEN $1 AND $2 AND ${CONTRIBUTED} -- the covering index's rows
               AND ${scopeSql(scope, params).activity('a')}`,
      params: params.values,
    };
  }
}

const dayAfter = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
