import { DataSource } from 'typeorm';

/**
 * Every derived table. A summary row that events brought back to nothing equals no row (a
 * rebuild writes none).
 */
export async function rollupSnapshot(dataSource: DataSource) {
  const q = (sql: string): Promise<Record<string, unknown>[]> => dataSource.query(sql);
  return {
    people: await q(
      `SELECT day::text, user_id, community_id, posts, questions, replies, likes, accepted_answers
         FROM analytics_daily_activity ORDER BY 1, 2, 3`,
    ),
    hours: await q(
      `SELECT hour, user_id, community_id, posts, questions, replies, likes, accepted_answers
         FROM analytics_hourly_activity ORDER BY 1, 2, 3`,
    ),
    hourlyTotals: await q(
      `SELECT hour, posts, replies, likes FROM analytics_hourly_totals
        WHERE posts + replies + likes > 0 ORDER BY 1`,
    ),
    contributorWeeks: await q(
      `SELECT week::text, user_id, replies, accepted_answers, posts FROM analytics_contributor_weeks
        WHERE replies + accepted_answers + posts <> 0 ORDER BY 1, 2`,
    ),
    answererWindow: await q(
      `SELECT s.ends::text, w.community_id, w.user_id, w.replies, w.accepted_answers
         FROM analytics_answerer_window_state s
         LEFT JOIN analytics_answerer_window w ON w.replies + w.accepted_answers <> 0
        ORDER BY 2, 3`,
    ),
    totals: await q(
      `SELECT day::text, active_people, posts, questions, replies, likes, accepted_answers
         FROM analytics_daily_totals
        WHERE active_people + posts + questions + replies + likes + accepted_answers > 0 ORDER BY 1`,
    ),
    communityDays: await q(
      `SELECT community_id, day::text, posts, replies FROM analytics_community_days
        WHERE posts + replies > 0 ORDER BY 1, 2`,
    ),
    activeDays: await q(
      `SELECT user_id, active_days::text, contributed_days::text FROM analytics_people
        WHERE NOT (isempty(active_days) AND isempty(contributed_days)) ORDER BY 1`,
    ),
    communityActiveDays: await q(
      `SELECT community_id, user_id, active_days::text FROM analytics_community_people
        WHERE NOT isempty(active_days) ORDER BY 1, 2`,
    ),
    communityRecency: await q(
      `SELECT community_id, last_day::text, people FROM analytics_community_recency
        WHERE people <> 0 ORDER BY 1, 2`,
    ),
    questions: await q(
      `SELECT post_id, asked_at, first_reply_at, accepted_at, community_id FROM analytics_questions ORDER BY 1`,
    ),
  };
}
