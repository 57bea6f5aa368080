import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People to nudge rank a community's answerers of the last 90 days. Through the plain
 * `(community_id, day)` index that read every matching heap row: for questions outside
 * communities at 1M, 541k of 1.3M rows in 6.3 s. This covering index serves it from the index
 * alone, holding only the rows with a reply or an accepted answer.
 */
export class AnalyticsNudgeIndex1765006200000 implements MigrationInterface {
  name = 'AnalyticsNudgeIndex1765006200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX analytics_daily_activity_answerers_idx ON analytics_daily_activity (community_id, day)
         INCLUDE (user_id, replies, accepted_answers) WHERE replies + accepted_answers > 0`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX analytics_daily_activity_answerers_idx`);
  }
}
