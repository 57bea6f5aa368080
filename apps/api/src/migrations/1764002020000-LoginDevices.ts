import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Log-in limits that lock the right people out (issue 17, finding 8): failures count per
 * resolved account (not the typed text), per (address, account), per address (generously) and
 * per trusted device. A device that signed in before carries a device cookie whose hash is kept
 * here; it keeps its own count, so an attacker elsewhere cannot lock the owner out.
 */
export class LoginDevices1764002020000 implements MigrationInterface {
  name = 'LoginDevices1764002020000';

  async up(q: QueryRunner): Promise<void> {
    // Old account counts were keyed by the typed text; they expire within the window anyway.
    await q.query(`DELETE FROM login_failures WHERE scope = 'account'`);
    await q.query(`ALTER TABLE login_failures DROP CONSTRAINT login_failures_scope_check`);
    await q.query(`
      ALTER TABLE login_failures ADD CONSTRAINT login_failures_scope_check
        CHECK (scope IN ('account', 'address', 'address_account', 'device'))`);
    await q.query(`
      CREATE TABLE login_devices (
        token_hash text NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (token_hash, user_id)
      )`);
    await q.query(`CREATE INDEX login_devices_user_idx ON login_devices (user_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_devices`);
    await q.query(`DELETE FROM login_failures WHERE scope NOT IN ('account', 'address')`);
    await q.query(`ALTER TABLE login_failures DROP CONSTRAINT login_failures_scope_check`);
    await q.query(`
      ALTER TABLE login_failures ADD CONSTRAINT login_failures_scope_check
        CHECK (scope IN ('account', 'address'))`);
  }
}
