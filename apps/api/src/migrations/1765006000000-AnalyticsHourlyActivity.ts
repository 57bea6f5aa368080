import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hour-by-weekday heatmap without reading posts, replies and likes (issue 23; at 1M the read
 * by UTC hour took 6.5 s for 30 days).
 *
 * `analytics_hourly_activity`: the daily rollup split by UTC hour — one row per UTC hour, person
 * and community (the zero uuid = no community), same columns. Keyed by person so a department
 * filter is read at query time, like every other figure, and by community for the community
 * filter. A day's rows of `analytics_daily_activity` are exactly the sums of its hours.
 *
 * `analytics_hourly_totals`: per UTC hour, the posts, replies and likes that count, for the
 * unfiltered heatmap (at most 24 rows a day). Moved by the same recompute, by difference.
 *
 * Derived data, no foreign keys; filled by `npm run analytics:rebuild`.
 */
export class AnalyticsHourlyActivity1765006000000 implements MigrationInterface {
  name = 'AnalyticsHourlyActivity1765006000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_hourly_activity (
        hour timestamptz NOT NULL,
        user_id uuid NOT NULL,
        community_id uuid NOT NULL,
        posts int NOT NULL DEFAULT 0,
        questions int NOT NULL DEFAULT 0,
        replies int NOT NULL DEFAULT 0,
        likes int NOT NULL DEFAULT 0,
        accepted_answers int NOT NULL DEFAULT 0,
        -- Person first: the recompute replaces one person's hours of a day, and a department
        -- filter reads its people's hours (one short range each).
        PRIMARY KEY (user_id, hour, community_id)
      )`);
    // One community's hours (the community filter).
    await q.query(
      `CREATE INDEX analytics_hourly_activity_community_idx ON analytics_hourly_activity (community_id, hour)`,
    );
    await q.query(`
      CREATE TABLE analytics_hourly_totals (
        hour timestamptz PRIMARY KEY,
        posts int NOT NULL DEFAULT 0,
        replies int NOT NULL DEFAULT 0,
        likes int NOT NULL DEFAULT 0
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE analytics_hourly_totals`);
    await q.query(`DROP TABLE analytics_hourly_activity`);
  }
}
