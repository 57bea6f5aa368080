import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowledge reuse, counted in aggregate: uses (views, search clicks) of answered questions older
 * than 30 days per question and UTC day, and searches that found nothing per normalised text
 * and day. Neither table has a person column: the counts are never linked to anyone.
 */
export class AnalyticsKnowledgeReuse1765006300000 implements MigrationInterface {
  name = 'AnalyticsKnowledgeReuse1765006300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_question_reuse (
        day date NOT NULL,
        post_id uuid NOT NULL,
        views integer NOT NULL DEFAULT 0 CHECK (views >= 0),
        search_clicks integer NOT NULL DEFAULT 0 CHECK (search_clicks >= 0),
        PRIMARY KEY (day, post_id)
      )`);
    await q.query(`
      CREATE TABLE analytics_search_gaps (
        day date NOT NULL,
        query text NOT NULL CHECK (char_length(query) BETWEEN 1 AND 100),
        searches integer NOT NULL CHECK (searches > 0),
        PRIMARY KEY (day, query)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE analytics_search_gaps`);
    await q.query(`DROP TABLE analytics_question_reuse`);
  }
}
