import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People to nudge from a kept 90-day window instead of summing weeks on every dashboard (95 ms
 * for five communities at 1M posts): per community (or none) and person, the replies and
 * accepted answers of the person-days with either over the 90 days before the window's last day
 * and that day (`analytics_answerer_window_state.ends`). Filled here for today (UTC); the
 * ranking moves the window to its day when the day changes, a person-day recompute moves it by
 * difference, `npm run analytics:rebuild` recomputes it. It replaces `analytics_answerer_weeks`,
 * which only the ranking read.
 */
export class AnalyticsAnswererWindow1765006600000 implements MigrationInterface {
  name = 'AnalyticsAnswererWindow1765006600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_answerer_window (
        community_id uuid NOT NULL,
        user_id uuid NOT NULL,
        replies int NOT NULL DEFAULT 0,
        accepted_answers int NOT NULL DEFAULT 0,
        PRIMARY KEY (community_id, user_id)
      )`);
    // The ranking's order: a community's best answerers are its index's first entries.
    await q.query(`
      CREATE INDEX analytics_answerer_window_rank_idx ON analytics_answerer_window
        (community_id, accepted_answers DESC, replies DESC, user_id)`);
    await q.query(`
      CREATE TABLE analytics_answerer_window_state (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        ends date
      )`);
    await q.query(`
      INSERT INTO analytics_answerer_window_state (ends) VALUES ((now() AT TIME ZONE 'UTC')::date)`);
    await q.query(`
      INSERT INTO analytics_answerer_window (community_id, user_id, replies, accepted_answers)
      SELECT community_id, user_id, sum(replies), sum(accepted_answers)
        FROM analytics_daily_activity, analytics_answerer_window_state s
       WHERE day BETWEEN s.ends - 90 AND s.ends AND replies + accepted_answers > 0
       GROUP BY 1, 2`);
    await q.query(`ANALYZE analytics_answerer_window`);
    await q.query(`DROP TABLE analytics_answerer_weeks`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_answerer_weeks (
        community_id uuid NOT NULL,
        week date NOT NULL,
        user_id uuid NOT NULL,
        replies int NOT NULL DEFAULT 0,
        accepted_answers int NOT NULL DEFAULT 0,
        PRIMARY KEY (community_id, week, user_id) INCLUDE (replies, accepted_answers)
      )`);
    await q.query(`
      INSERT INTO analytics_answerer_weeks (community_id, week, user_id, replies, accepted_answers)
      SELECT community_id, day - (extract(isodow FROM day)::int - 1), user_id, sum(replies), sum(accepted_answers)
        FROM analytics_daily_activity
       WHERE replies + accepted_answers > 0
       GROUP BY 1, 2, 3`);
    await q.query(`DROP TABLE analytics_answerer_window_state`);
    await q.query(`DROP TABLE analytics_answerer_window`);
  }
}
