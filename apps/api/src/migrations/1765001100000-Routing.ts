import { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES_BEFORE = `'MENTIONED', 'REPLY_TO_MY_POST', 'REPLY_IN_THREAD', 'ANSWER_ACCEPTED', 'POST_LIKED',
  'CONTENT_HIDDEN', 'CONTENT_RESTORED', 'CONTENT_REMOVED', 'REPORT_RESOLVED'`;

/**
 * Routing unanswered questions (issue 24): the questions routing follows, the people each was
 * offered to (the per-day cap counts these, by the organisation's local day), and the admins'
 * settings (one row; none means the defaults).
 */
export class Routing1765001100000 implements MigrationInterface {
  name = 'Routing1765001100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE routing_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        enabled boolean NOT NULL,
        delay_working_hours int NOT NULL,
        daily_cap int NOT NULL,
        people_per_round int NOT NULL,
        workday_start_hour int NOT NULL,
        workday_end_hour int NOT NULL,
        working_days int[] NOT NULL,
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE routing_questions (
        post_id uuid PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
        asker_id uuid NOT NULL REFERENCES users (id),
        community_id uuid,
        asked_at timestamptz NOT NULL,
        first_answer_at timestamptz,
        step int NOT NULL DEFAULT 0,
        next_due_at timestamptz,
        reoffer_at timestamptz,
        routed_count int NOT NULL DEFAULT 0,
        first_routed_at timestamptz,
        closed_at timestamptz,
        mentioned_suggested boolean NOT NULL DEFAULT false
      )`);
    await q.query(
      `CREATE INDEX routing_questions_due_idx ON routing_questions (next_due_at) WHERE next_due_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX routing_questions_reoffer_idx ON routing_questions (reoffer_at) WHERE reoffer_at IS NOT NULL`,
    );
    await q.query(`CREATE INDEX routing_questions_asked_idx ON routing_questions (asked_at)`);
    await q.query(`
      CREATE TABLE routing_offers (
        post_id uuid NOT NULL REFERENCES routing_questions (post_id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        step int NOT NULL,
        reason text NOT NULL CHECK (reason IN ('expert', 'owner', 'handover')),
        offered_at timestamptz NOT NULL,
        offered_day date NOT NULL,
        PRIMARY KEY (post_id, user_id)
      )`);
    await q.query(
      `CREATE INDEX routing_offers_user_day_idx ON routing_offers (user_id, offered_day)`,
    );
    // The day's "questions you could answer" card (details.postIds lists the questions).
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_type_check`);
    await q.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_type_check
        CHECK (type IN (${TYPES_BEFORE}, 'QUESTIONS_TO_ANSWER'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE type = 'QUESTIONS_TO_ANSWER'`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_type_check`);
    await q.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_type_check CHECK (type IN (${TYPES_BEFORE}))`);
    await q.query(`DROP TABLE routing_offers`);
    await q.query(`DROP TABLE routing_questions`);
    await q.query(`DROP TABLE routing_settings`);
  }
}
