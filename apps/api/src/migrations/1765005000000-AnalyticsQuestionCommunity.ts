import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The community a question was asked in, on its analytics row: community health (answer rate and
 * median time to first answer per community) and openness (questions in restricted communities)
 * read the period's question rows by community instead of joining every question to its post.
 * NULL = asked outside communities.
 */
export class AnalyticsQuestionCommunity1765005000000 implements MigrationInterface {
  name = 'AnalyticsQuestionCommunity1765005000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE analytics_questions ADD COLUMN community_id uuid`);
    await q.query(`
      UPDATE analytics_questions a SET community_id = p.community_id
        FROM posts p WHERE p.id = a.post_id AND p.community_id IS NOT NULL`);
    await q.query(
      `CREATE INDEX analytics_questions_community_idx ON analytics_questions (community_id, asked_at)
         INCLUDE (first_reply_at) WHERE community_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX analytics_questions_community_idx`);
    await q.query(`ALTER TABLE analytics_questions DROP COLUMN community_id`);
  }
}
