import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { splitIntoWeeks } from './analytics-contributors';
import { dayStart } from './analytics-sql';

export const NUDGE_MAX = 3;
/** How far back "people who answer in this community" looks. */
export const NUDGE_DAYS = 90;

/**
 * The people who answer in a community: most accepted answers, then replies, over the
 * NUDGE_DAYS days before `today` and `today` itself; not deactivated. The whole weeks of that
 * window come from `analytics_answerer_weeks` and only the days at its edges (at most six on each
 * side) from the person-days; both sum the person-days with a reply or an accepted answer, so
 * the ranking is the one summing the days alone gives. People are summed first and looked up
 * after (20k look-ups at 1M, not one per person-day).
 */
@Injectable()
export class AnalyticsNudgeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Each community's first `NUDGE_MAX + 1` answerers (dropping an asker still leaves three),
   * best first; communities without any are left out.
   */
  async ranked(communityIds: string[], today: string): Promise<Map<string, string[]>> {
    if (!communityIds.length) return new Map();
    const since = dayStart(today, -NUDGE_DAYS).slice(0, 10);
    const { weeksFrom, weeksTo } = splitIntoWeeks(since, today);
    const days = (from: string, to: string) =>
      `SELECT user_id, accepted_answers, replies FROM analytics_daily_activity
        WHERE community_id = x.community_id AND day >= ${from}::date AND day < ${to}::date
          AND replies + accepted_answers > 0`;
    const rows: { community_id: string; user_id: string }[] = await this.dataSource.query(
      // $2 the window's first day, $3 its first whole week, $4 the day after its last, $5 after today.
      `SELECT x.community_id, n.user_id
         FROM unnest($1::uuid[]) AS x(community_id)
        CROSS JOIN LATERAL (
          SELECT s.user_id, row_number() OVER (
                   ORDER BY s.accepted_answers DESC, s.replies DESC, s.user_id) AS rank
            FROM (SELECT user_id, sum(accepted_answers) AS accepted_answers, sum(replies) AS replies
                    FROM (${days('$2', '$3')}
                          UNION ALL
                          SELECT user_id, accepted_answers, replies FROM analytics_answerer_weeks
                           WHERE community_id = x.community_id AND week >= $3::date AND week < $4::date
                             AND replies + accepted_answers > 0
                          UNION ALL
                          ${days('$4', '$5')}) c
                   GROUP BY user_id) s
            JOIN users u ON u.id = s.user_id AND u.status = 'active'
           ORDER BY rank LIMIT ${NUDGE_MAX + 1}) n
        ORDER BY x.community_id, n.rank`,
      [communityIds, since, weeksFrom, weeksTo, dayStart(today, 1).slice(0, 10)],
    );
    const ranked = new Map<string, string[]>();
    for (const row of rows)
      ranked.set(row.community_id, [...(ranked.get(row.community_id) ?? []), row.user_id]);
    return ranked;
  }
}
