import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adoption analytics: one row per UTC day, person and community (the zero uuid stands for "not
 * in a community") with that person's posts, questions, replies, likes given and answers
 * accepted. Derived data, kept by the analytics outbox handlers and `rebuildAnalytics`; no
 * foreign keys so a rebuild is one bulk insert. Distinct active people over any range come from
 * this table instead of 8M source rows (issue 8).
 */
export class AnalyticsRollups1764001000000 implements MigrationInterface {
  name = 'AnalyticsRollups1764001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_daily_activity (
        day date NOT NULL,
        user_id uuid NOT NULL,
        community_id uuid NOT NULL,
        posts int NOT NULL DEFAULT 0,
        questions int NOT NULL DEFAULT 0,
        replies int NOT NULL DEFAULT 0,
        likes int NOT NULL DEFAULT 0,
        accepted_answers int NOT NULL DEFAULT 0,
        PRIMARY KEY (day, user_id, community_id)
      )`);
    // "Communities alive": one community's days without scanning everyone's rows.
    await q.query(
      `CREATE INDEX analytics_daily_activity_community_idx ON analytics_daily_activity (community_id, day)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE analytics_daily_activity`);
  }
}
