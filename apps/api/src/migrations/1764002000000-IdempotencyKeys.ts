import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys (issue 17, finding 4): a composer sends one key with its write; a double
 * click or a retry with the same key gets the first result instead of a second post, reply,
 * bookmark or file. Keys live a day, per person and kind of write.
 */
export class IdempotencyKeys1764002000000 implements MigrationInterface {
  name = 'IdempotencyKeys1764002000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        scope varchar(20) NOT NULL,
        key varchar(100) NOT NULL,
        result_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, scope, key)
      )`);
    await q.query(`CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
