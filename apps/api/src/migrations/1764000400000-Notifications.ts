import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications and per-type preferences. Ids are a bigserial so a reconnecting client can ask
 * for "everything after id N"; the dedupe key gives each person one notification per event.
 * Likes are grouped per post: one row whose actor list grows ("Ana and 4 others").
 */
export class Notifications1764000400000 implements MigrationInterface {
  name = 'Notifications1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id bigserial PRIMARY KEY,
        recipient_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN
          ('MENTIONED', 'REPLY_TO_MY_POST', 'REPLY_IN_THREAD', 'ANSWER_ACCEPTED', 'POST_LIKED')),
        post_id uuid REFERENCES posts (id) ON DELETE CASCADE,
        reply_id uuid REFERENCES replies (id) ON DELETE CASCADE,
        actor_ids uuid[] NOT NULL CHECK (cardinality(actor_ids) > 0),
        dedupe_key text NOT NULL,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX notifications_dedupe_key ON notifications (recipient_id, dedupe_key)`,
    );
    await q.query(`CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, id)`);
    await q.query(
      `CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        type text NOT NULL,
        enabled boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, type)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_preferences`);
    await q.query(`DROP TABLE notifications`);
  }
}
