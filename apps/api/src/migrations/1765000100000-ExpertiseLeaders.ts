import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suggested people at scale (issue 24: p95 ≤ 50 ms at 1M). With 20,000 people a common word has
 * evidence from ~26,000 person-scope rows, and summing them all per request took seconds.
 * - `expertise_topics_leaders_idx`: a topic's rows strongest first, so a suggestion reads only
 *   the first few hundred visible ones (`weight` is measured at a fixed epoch: the order holds).
 * - `expertise_topic_people`: how many people have evidence per topic and scope (the idf of a
 *   topic), kept by the same statements that write `expertise_topics` instead of counted per read.
 */
export class ExpertiseLeaders1765000100000 implements MigrationInterface {
  name = 'ExpertiseLeaders1765000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX expertise_topics_leaders_idx ON expertise_topics (topic, weight DESC) INCLUDE (scope, user_id)`,
    );
    await q.query(`DROP INDEX expertise_topics_topic_idx`);
    await q.query(`
      CREATE TABLE expertise_topic_people (
        topic text COLLATE "C" NOT NULL,
        scope uuid NOT NULL,
        people int NOT NULL,
        PRIMARY KEY (topic, scope)
      )`);
    await q.query(
      `INSERT INTO expertise_topic_people (topic, scope, people)
       SELECT topic, scope, count(*) FROM expertise_topics GROUP BY topic, scope`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE expertise_topic_people`);
    await q.query(
      `CREATE INDEX expertise_topics_topic_idx ON expertise_topics (topic, scope) INCLUDE (user_id, weight)`,
    );
    await q.query(`DROP INDEX expertise_topics_leaders_idx`);
  }
}
