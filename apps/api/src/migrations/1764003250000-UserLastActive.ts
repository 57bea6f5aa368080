import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a person was last active, for people administration: written by the session check at
 * most once an hour per person (never a write per request), kept after sign-out and
 * deactivation. Starts from the newest session each person still has.
 */
export class UserLastActive1764003250000 implements MigrationInterface {
  name = 'UserLastActive1764003250000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN last_active_at timestamptz`);
    await q.query(`
      UPDATE users u SET last_active_at = s.seen
        FROM (SELECT user_id, max(last_seen_at) AS seen FROM sessions GROUP BY user_id) s
       WHERE s.user_id = u.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN last_active_at`);
  }
}
