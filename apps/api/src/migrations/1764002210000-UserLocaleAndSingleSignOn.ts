import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's preferred language (from the identity provider's locale claim or SCIM), and the
 * tables of single sign-on: which provider account is which person, sign-ins in flight, and
 * the provider session behind each Outloud session (for single logout).
 */
export class UserLocaleAndSingleSignOn1764002210000 implements MigrationInterface {
  name = 'UserLocaleAndSingleSignOn1764002210000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE users ADD COLUMN locale text CHECK (locale ~ '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$')`,
    );

    // (issuer, subject) is the stable identity of a provider account; e-mail may change.
    await q.query(`
      CREATE TABLE sso_identities (
        issuer text NOT NULL,
        subject text NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        email text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuer, subject)
      )`);
    await q.query(`CREATE INDEX sso_identities_user_idx ON sso_identities (user_id)`);

    // One row per sign-in started: single use, bound to the browser that started it.
    await q.query(`
      CREATE TABLE sso_login_attempts (
        state_hash text PRIMARY KEY,
        browser_hash text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        redirect_uri text NOT NULL,
        return_to text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sso_login_attempts_expiry_idx ON sso_login_attempts (expires_at)`);

    // The provider session behind an Outloud session: id_token for RP-initiated logout, sid for
    // back-channel logout. Gone with the session.
    await q.query(`
      CREATE TABLE sso_sessions (
        session_id uuid PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
        issuer text NOT NULL,
        subject text NOT NULL,
        sid text,
        id_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sso_sessions_sid_idx ON sso_sessions (issuer, sid)`);
    await q.query(`CREATE INDEX sso_sessions_subject_idx ON sso_sessions (issuer, subject)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sso_sessions`);
    await q.query(`DROP TABLE sso_login_attempts`);
    await q.query(`DROP TABLE sso_identities`);
    await q.query(`ALTER TABLE users DROP COLUMN locale`);
  }
}
