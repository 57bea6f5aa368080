import { MigrationInterface, QueryRunner } from 'typeorm';

export class CoreAndIdentity1764000000000 implements MigrationInterface {
  name = 'CoreAndIdentity1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE outbox_jobs (
        id bigserial PRIMARY KEY,
        event_type text NOT NULL,
        handler text NOT NULL,
        payload jsonb NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        run_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        last_error text,
        failed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The worker's claim query: due, not failed, oldest first.
    await q.query(
      `CREATE INDEX outbox_jobs_due_idx ON outbox_jobs (run_at, id) WHERE failed_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        handle text NOT NULL CHECK (char_length(handle) BETWEEN 2 AND 30),
        display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 80),
        email text NOT NULL CHECK (char_length(email) <= 254),
        password_hash text NOT NULL,
        job_title text,
        department text,
        location text,
        bio text,
        expertise text[] NOT NULL DEFAULT '{}',
        avatar_sha256 text,
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'moderator', 'admin')),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deactivated')),
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_handle_lower_key ON users (lower(handle))`);
    await q.query(`CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email))`);
    // @mention autocomplete: prefix on handle and name (pattern ops), words inside names (trigram).
    await q.query(`CREATE INDEX users_handle_prefix_idx ON users (lower(handle) text_pattern_ops)`);
    await q.query(
      `CREATE INDEX users_name_prefix_idx ON users (lower(display_name) text_pattern_ops)`,
    );
    await q.query(
      `CREATE INDEX users_name_trgm_idx ON users USING gin (lower(display_name) gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX users_name_order_idx ON users (lower(display_name), id)`);

    await q.query(`
      CREATE TABLE user_avatars (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        mime_type text NOT NULL,
        bytes bytea NOT NULL,
        sha256 text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        user_agent text,
        ip_address text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);

    await q.query(`
      CREATE TABLE login_failures (
        id bigserial PRIMARY KEY,
        scope text NOT NULL CHECK (scope IN ('account', 'address')),
        key text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_failures_lookup_idx ON login_failures (scope, key, at)`);

    await q.query(`
      CREATE TABLE instance_settings (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE instance_settings`);
    await q.query(`DROP TABLE login_failures`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE user_avatars`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE outbox_jobs`);
  }
}
