import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Daily e-mail digest (and an outbox index for the fast lane): an opt-in per person (off by default), and one claimed row per person per
 * day, so with several API nodes exactly one sends it (the primary key decides).
 */
export class NotificationDigest1764000900000 implements MigrationInterface {
  name = 'NotificationDigest1764000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_digest_subscriptions (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        enabled boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE notification_digest_runs (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        day date NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        notification_count int NOT NULL DEFAULT 0,
        PRIMARY KEY (user_id, day)
      )`);
    // The outbox's fast lane claims by handler: it must not scan past a search backlog.
    await q.query(
      `CREATE INDEX outbox_jobs_handler_due_idx ON outbox_jobs (handler, id) WHERE failed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_jobs_handler_due_idx`);
    await q.query(`DROP TABLE notification_digest_runs`);
    await q.query(`DROP TABLE notification_digest_subscriptions`);
  }
}
