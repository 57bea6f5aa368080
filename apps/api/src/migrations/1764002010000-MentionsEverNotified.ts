import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Everyone a post or reply has ever notified by mention (issue 17, finding 5): the cap of 50
 * mentioned people holds across edits, which replace the current mentions but never this set.
 * `target_id` is the reply's id for a reply, else the post's.
 */
export class MentionsEverNotified1764002010000 implements MigrationInterface {
  name = 'MentionsEverNotified1764002010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mentions_notified (
        target_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (target_id, user_id)
      )`);
    await q.query(`
      INSERT INTO mentions_notified (target_id, user_id)
      SELECT coalesce(reply_id, post_id), user_id FROM mentions
      ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mentions_notified`);
  }
}
