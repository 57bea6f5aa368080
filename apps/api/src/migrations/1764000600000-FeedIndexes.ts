import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Newest-first mentions across everyone, so the planner can serve "posts mentioning people I
 * follow" by scanning recent mentions when the viewer follows many people (measured on the
 * `peer` benchmark profile: 10 ms → 1.3 ms per feed query; see docs/benchmarks.md).
 */
export class FeedIndexes1764000600000 implements MigrationInterface {
  name = 'FeedIndexes1764000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX mentions_recent_idx ON mentions (post_created_at DESC, post_id DESC) WHERE reply_id IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX mentions_recent_idx`);
  }
}
