import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each person's last active and last contributing day, kept by PostgreSQL from the multiranges
 * (generated columns, so every write of the days moves them too). "Active in a period that
 * reaches today" is then `last_active_day` within it: no need to decompress every person's
 * multirange of days (20,000 TOASTed values per dashboard read at 1M posts). Also an index of
 * the questions nobody has answered yet, which the unanswered list and its counts read.
 */
export class AnalyticsPeopleLastDays1765006500000 implements MigrationInterface {
  name = 'AnalyticsPeopleLastDays1765006500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE analytics_people
        ADD COLUMN last_active_day date GENERATED ALWAYS AS (upper(active_days) - 1) STORED,
        ADD COLUMN last_contributed_day date GENERATED ALWAYS AS (upper(contributed_days) - 1) STORED`);
    await q.query(`
      CREATE INDEX analytics_questions_open_idx ON analytics_questions (asked_at)
       WHERE first_reply_at IS NULL`);
    await q.query(`ANALYZE analytics_people`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX analytics_questions_open_idx`);
    await q.query(
      `ALTER TABLE analytics_people DROP COLUMN last_active_day, DROP COLUMN last_contributed_day`,
    );
  }
}
