import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Analytics at 1M posts (issue 8): each dashboard read grouped 0.6–1.2 million person-day rows for
 * 30 days (7 s in all). These summaries answer the same questions from a few thousand rows. All
 * are derived data, kept by the recompute that keeps `analytics_daily_activity` (same
 * transaction) and rebuilt by `rebuildAnalytics`; the migration fills them from the rollup.
 * - `analytics_daily_totals`: per day, the sums and the people active that day.
 * - `analytics_community_days`: per community and day, posts and replies.
 * - `analytics_people` / `analytics_community_people`: the days a person was active (and, for
 *   people, contributed) as a date multirange, so "people active in a period" is one overlap test
 *   per person instead of a distinct count over every person-day.
 * - `analytics_community_recency`: per community, how many of its people were last active on each
 *   day, so a period ending today counts a community's active people from about 30 rows (exact:
 *   someone active in [from, today] is someone last active on or after `from`).
 * - `analytics_questions`: per question, when it was asked, first answered by someone else and
 *   accepted, so answer times read the period's questions only (no probe into replies each).
 * - A covering index for top contributors: rows with replies or accepted answers only.
 */
export class AnalyticsSummaries1764001300000 implements MigrationInterface {
  name = 'AnalyticsSummaries1764001300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_daily_totals (
        day date PRIMARY KEY,
        active_people int NOT NULL DEFAULT 0,
        posts int NOT NULL DEFAULT 0,
        questions int NOT NULL DEFAULT 0,
        replies int NOT NULL DEFAULT 0,
        likes int NOT NULL DEFAULT 0,
        accepted_answers int NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE analytics_community_days (
        community_id uuid NOT NULL,
        day date NOT NULL,
        posts int NOT NULL DEFAULT 0,
        replies int NOT NULL DEFAULT 0,
        PRIMARY KEY (day, community_id)
      )`);
    await q.query(`
      CREATE TABLE analytics_people (
        user_id uuid PRIMARY KEY,
        active_days datemultirange NOT NULL DEFAULT '{}',
        contributed_days datemultirange NOT NULL DEFAULT '{}'
      )`);
    await q.query(`
      CREATE TABLE analytics_community_people (
        community_id uuid NOT NULL,
        user_id uuid NOT NULL,
        active_days datemultirange NOT NULL DEFAULT '{}',
        PRIMARY KEY (community_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE analytics_community_recency (
        community_id uuid NOT NULL,
        last_day date NOT NULL,
        people int NOT NULL DEFAULT 0,
        PRIMARY KEY (community_id, last_day)
      )`);
    await q.query(`
      CREATE TABLE analytics_questions (
        post_id uuid PRIMARY KEY,
        asked_at timestamptz NOT NULL,
        first_reply_at timestamptz,
        accepted_at timestamptz
      )`);
    await q.query(`CREATE INDEX analytics_questions_asked_idx ON analytics_questions (asked_at)
         INCLUDE (first_reply_at, accepted_at)`);
    await q.query(
      `CREATE INDEX analytics_daily_activity_contributors_idx ON analytics_daily_activity (day)
         INCLUDE (user_id, replies, accepted_answers, posts) WHERE replies + accepted_answers > 0`,
    );
    // The same statements as rebuildAnalytics's summary steps (analytics-summaries.ts), inlined:
    // a migration must not change when that code does.
    await q.query(`
      INSERT INTO analytics_daily_totals (day, active_people, posts, questions, replies, likes, accepted_answers)
      SELECT day, count(*) FILTER (WHERE active), sum(posts), sum(questions), sum(replies), sum(likes), sum(accepted_answers)
        FROM (SELECT day, user_id, bool_or(posts + replies + likes > 0) AS active, sum(posts) AS posts,
                     sum(questions) AS questions, sum(replies) AS replies, sum(likes) AS likes,
                     sum(accepted_answers) AS accepted_answers
                FROM analytics_daily_activity GROUP BY day, user_id) x
       GROUP BY day`);
    await q.query(`
      INSERT INTO analytics_community_days (community_id, day, posts, replies)
      SELECT community_id, day, sum(posts), sum(replies) FROM analytics_daily_activity
       WHERE community_id <> '00000000-0000-0000-0000-000000000000' GROUP BY community_id, day`);
    await q.query(`
      INSERT INTO analytics_people (user_id, active_days, contributed_days)
      SELECT user_id,
             coalesce(range_agg(daterange(day, day, '[]')) FILTER (WHERE posts + replies + likes > 0), '{}'),
             coalesce(range_agg(daterange(day, day, '[]')) FILTER (WHERE posts + replies > 0), '{}')
        FROM analytics_daily_activity GROUP BY user_id`);
    await q.query(`
      INSERT INTO analytics_community_people (community_id, user_id, active_days)
      SELECT community_id, user_id,
             coalesce(range_agg(daterange(day, day, '[]')) FILTER (WHERE posts + replies + likes > 0), '{}')
        FROM analytics_daily_activity WHERE community_id <> '00000000-0000-0000-0000-000000000000'
       GROUP BY community_id, user_id`);
    await q.query(`
      INSERT INTO analytics_community_recency (community_id, last_day, people)
      SELECT community_id, upper(active_days) - 1, count(*) FROM analytics_community_people
       WHERE NOT isempty(active_days) GROUP BY 1, 2`);
    await q.query(`
      INSERT INTO analytics_questions (post_id, asked_at, first_reply_at, accepted_at)
      SELECT p.id, p.created_at,
             (SELECT min(r.created_at) FROM replies r
               WHERE r.post_id = p.id AND r.author_id <> p.author_id AND r.deleted_at IS NULL),
             CASE WHEN p.accepted_reply_id IS NOT NULL THEN p.answered_at END
        FROM posts p WHERE p.is_question AND p.deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX analytics_daily_activity_contributors_idx`);
    for (const table of [
      'analytics_questions',
      'analytics_community_recency',
      'analytics_community_people',
      'analytics_people',
      'analytics_community_days',
      'analytics_daily_totals',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
