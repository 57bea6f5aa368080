import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every keyed write clears its author's expired keys (`user_id = $1 AND created_at < now() - 1
 * day`). Through the primary key `(user_id, scope, key)` that read all the person's keys of the
 * last day to find the few expired: 400 rows for someone (or a script) writing 400 times a day.
 * Keyed by person and time, the clean-up reads only what it deletes. The time-only index had no
 * reader and goes, so a write still maintains two indexes.
 */
export class IdempotencyKeysByPerson1765006800000 implements MigrationInterface {
  name = 'IdempotencyKeysByPerson1765006800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX idempotency_keys_user_created_idx ON idempotency_keys (user_id, created_at)`,
    );
    await q.query(`DROP INDEX idempotency_keys_created_at_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at)`);
    await q.query(`DROP INDEX idempotency_keys_user_created_idx`);
  }
}
