import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People to nudge without grouping every person-day of the last 90 days (541k rows for
 * questions outside communities at 1M): per community (or none), ISO week (its Monday, UTC) and
 * person, the replies and accepted answers of the person-days with either. The ranking reads its
 * whole weeks here and only the days at its edges from `analytics_daily_activity`. Derived data,
 * moved by the person-day recompute by difference; filled here from the person-days, and by
 * `npm run analytics:rebuild`.
 */
export class AnalyticsAnswererWeeks1765006400000 implements MigrationInterface {
  name = 'AnalyticsAnswererWeeks1765006400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_answerer_weeks (
        community_id uuid NOT NULL,
        week date NOT NULL,
        user_id uuid NOT NULL,
        replies int NOT NULL DEFAULT 0,
        accepted_answers int NOT NULL DEFAULT 0,
        -- Covering: a community's weeks are read by an index-only scan.
        PRIMARY KEY (community_id, week, user_id) INCLUDE (replies, accepted_answers)
      )`);
    await q.query(`
      INSERT INTO analytics_answerer_weeks (community_id, week, user_id, replies, accepted_answers)
      SELECT community_id, day - (extract(isodow FROM day)::int - 1), user_id, sum(replies), sum(accepted_answers)
        FROM analytics_daily_activity
       WHERE replies + accepted_answers > 0
       GROUP BY 1, 2, 3
       ORDER BY 1, 2, 3`);
    await q.query(`ANALYZE analytics_answerer_weeks`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE analytics_answerer_weeks`);
  }
}
