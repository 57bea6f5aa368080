import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit log. A statement trigger refuses UPDATE, DELETE and TRUNCATE, so no
 * code path (and no mistaken manual query) can rewrite history; only a superuser disabling the
 * trigger could. No foreign keys: entries outlive what they name.
 */
export class AuditLog1764002200000 implements MigrationInterface {
  name = 'AuditLog1764002200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_entries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_type text NOT NULL
          CHECK (actor_type IN ('user', 'api_token', 'scim', 'anonymous', 'system')),
        actor_id uuid,
        actor_label text CHECK (char_length(actor_label) <= 200),
        action text NOT NULL CHECK (action ~ '^[a-z][a-zA-Z]*(\\.[a-z][a-zA-Z]*){1,4}$'),
        target_type text CHECK (char_length(target_type) <= 60),
        target_id text CHECK (char_length(target_id) <= 200),
        before jsonb,
        after jsonb,
        reason text CHECK (char_length(reason) <= 2000),
        request_id text CHECK (char_length(request_id) <= 64),
        ip_address text CHECK (char_length(ip_address) <= 64)
      )`);
    await q.query(`CREATE INDEX audit_entries_actor_idx ON audit_entries (actor_id, id)`);
    await q.query(
      `CREATE INDEX audit_entries_target_idx ON audit_entries (target_type, target_id, id)`,
    );
    await q.query(`CREATE INDEX audit_entries_action_idx ON audit_entries (action, id)`);
    await q.query(`CREATE INDEX audit_entries_time_idx ON audit_entries (occurred_at)`);
    await q.query(`
      CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entries_append_only
        BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entries
        FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_entries`);
    await q.query(`DROP FUNCTION audit_entries_append_only()`);
  }
}
