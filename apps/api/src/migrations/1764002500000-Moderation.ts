import { MigrationInterface, QueryRunner } from 'typeorm';

const MODERATION_NOTIFICATIONS = `'CONTENT_HIDDEN', 'CONTENT_RESTORED', 'CONTENT_REMOVED', 'REPORT_RESOLVED'`;

/**
 * Moderation (issue 19): reported and hidden content, reports, the decisions taken on them, the
 * per-person rate limits' counters, and the notifications moderation sends.
 *
 * `moderation_items` has one row per piece of content that was ever reported or hidden; the
 * access policy (core/access) reads its `hidden_at` through a partial index, so hiding takes
 * effect on every read path at once and nothing is removed from the content tables.
 */
export class Moderation1764002500000 implements MigrationInterface {
  name = 'Moderation1764002500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE moderation_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_type text NOT NULL
          CHECK (target_type IN ('post', 'reply', 'file', 'file_comment', 'bookmark', 'profile')),
        target_id uuid NOT NULL,
        author_id uuid NOT NULL REFERENCES users (id),
        community_id uuid REFERENCES communities (id) ON DELETE SET NULL,
        post_id uuid,
        file_id uuid,
        state text NOT NULL DEFAULT 'visible' CHECK (state IN ('visible', 'held', 'hidden', 'deleted')),
        hidden_at timestamptz,
        hidden_reason text CHECK (char_length(hidden_reason) <= 1000),
        queued_at timestamptz,
        review_requested_at timestamptz,
        review_note text CHECK (char_length(review_note) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (target_type, target_id),
        CONSTRAINT moderation_items_hidden CHECK ((state = 'visible') = (hidden_at IS NULL))
      )`);
    // What the access policy reads on every list: the hidden ids of one kind.
    await q.query(
      `CREATE INDEX moderation_items_hidden_idx ON moderation_items (target_type, target_id)
        WHERE hidden_at IS NOT NULL`,
    );
    // The review queue, oldest first.
    await q.query(
      `CREATE INDEX moderation_items_queue_idx ON moderation_items (queued_at, id)
        WHERE queued_at IS NOT NULL`,
    );
    await q.query(`CREATE INDEX moderation_items_author_idx ON moderation_items (author_id)`);
    await q.query(`
      CREATE TABLE moderation_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES moderation_items (id) ON DELETE CASCADE,
        reporter_id uuid NOT NULL REFERENCES users (id),
        reason text NOT NULL
          CHECK (reason IN ('abusive', 'personal_attack', 'spam', 'confidential', 'other')),
        note text CHECK (char_length(note) <= 1000),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        outcome text CHECK (outcome IN ('hidden', 'deleted', 'dismissed', 'restored')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CONSTRAINT moderation_reports_closed CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      )`);
    // One open report per person per item: reporting again updates it.
    await q.query(
      `CREATE UNIQUE INDEX moderation_reports_open_idx ON moderation_reports (item_id, reporter_id)
        WHERE status = 'open'`,
    );
    await q.query(
      `CREATE INDEX moderation_reports_reporter_idx ON moderation_reports (reporter_id, created_at)`,
    );
    await q.query(`
      CREATE TABLE moderation_decisions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES moderation_items (id) ON DELETE CASCADE,
        action text NOT NULL
          CHECK (action IN ('held', 'hidden', 'restored', 'dismissed', 'deleted', 'reviewRequested')),
        actor_id uuid REFERENCES users (id),
        from_state text NOT NULL,
        to_state text NOT NULL,
        reason text CHECK (char_length(reason) <= 1000),
        report_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX moderation_decisions_item_idx ON moderation_decisions (item_id, id)`,
    );

    // rate-limiter-flexible's PostgreSQL store (its own schema), one row per person and limit.
    await q.query(`
      CREATE TABLE rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);

    // Notifications moderation sends: about the recipient's own content or report, with the
    // decision's details; they name no post to check (a reporter may no longer see it).
    await q.query(`ALTER TABLE notifications ADD COLUMN details jsonb`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_type_check`);
    await q.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_type_check CHECK (type IN
        ('MENTIONED', 'REPLY_TO_MY_POST', 'REPLY_IN_THREAD', 'ANSWER_ACCEPTED', 'POST_LIKED',
         ${MODERATION_NOTIFICATIONS}))`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_actor_ids_check`);
    await q.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_actor_ids_check
        CHECK (cardinality(actor_ids) > 0 OR type IN (${MODERATION_NOTIFICATIONS}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE type IN (${MODERATION_NOTIFICATIONS})`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_actor_ids_check`);
    await q.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_actor_ids_check
        CHECK (cardinality(actor_ids) > 0)`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_type_check`);
    await q.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_type_check CHECK (type IN
        ('MENTIONED', 'REPLY_TO_MY_POST', 'REPLY_IN_THREAD', 'ANSWER_ACCEPTED', 'POST_LIKED'))`);
    await q.query(`ALTER TABLE notifications DROP COLUMN details`);
    await q.query(`DROP TABLE rate_limits`);
    await q.query(`DROP TABLE moderation_decisions`);
    await q.query(`DROP TABLE moderation_reports`);
    await q.query(`DROP TABLE moderation_items`);
  }
}
