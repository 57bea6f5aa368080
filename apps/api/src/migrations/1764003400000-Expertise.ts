import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Expertise (libs/server/expertise), issue 24: who knows about what, from evidence.
 * - `expertise_evidence`: one row per piece of content and topic (a reply to a post with that
 *   tag or word, a file others used, a profile's declared expertise), with its kind, scope (the
 *   public, or the restricted community whose members alone may read it) and time. Rewritten
 *   per source by the outbox handlers, so a retry or a late job converges.
 * - `expertise_topics`: the sum per person, topic and scope that suggestions read: counts per
 *   kind, the last evidence time, and `weight`, the kind weights decayed by age and measured at a
 *   fixed epoch (multiplying by one factor gives today's value, so it never needs a sweep).
 */
export class Expertise1764003400000 implements MigrationInterface {
  name = 'Expertise1764003400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE expertise_evidence (
        source_type text NOT NULL CHECK (source_type IN ('reply', 'file', 'profile')),
        source_id uuid NOT NULL,
        topic text COLLATE "C" NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        scope uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('accepted', 'liked_reply', 'reply', 'used_file', 'declared')),
        at timestamptz NOT NULL,
        PRIMARY KEY (source_type, source_id, topic)
      )`);
    await q.query(
      `CREATE INDEX expertise_evidence_key_idx ON expertise_evidence (user_id, topic, scope)`,
    );
    await q.query(`
      CREATE TABLE expertise_topics (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        topic text COLLATE "C" NOT NULL,
        scope uuid NOT NULL,
        accepted int NOT NULL,
        liked_replies int NOT NULL,
        replies int NOT NULL,
        used_files int NOT NULL,
        declared int NOT NULL,
        weight double precision NOT NULL,
        last_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, topic, scope)
      )`);
    await q.query(
      `CREATE INDEX expertise_topics_topic_idx ON expertise_topics (topic, scope) INCLUDE (user_id, weight)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE expertise_topics`);
    await q.query(`DROP TABLE expertise_evidence`);
  }
}
