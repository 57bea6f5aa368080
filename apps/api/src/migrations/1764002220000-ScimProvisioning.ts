import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SCIM 2.0 provisioning: the bearer tokens admins give the HR directory's provisioning client
 * (only a hash is stored), and the directory's view of each person it manages (userName,
 * externalId and name parts, which Outloud's own profile does not hold).
 */
export class ScimProvisioning1764002220000 implements MigrationInterface {
  name = 'ScimProvisioning1764002220000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scim_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        token_hash text NOT NULL UNIQUE,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);

    await q.query(`
      CREATE TABLE scim_users (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        user_name text NOT NULL CHECK (length(user_name) BETWEEN 1 AND 256),
        external_id text CHECK (length(external_id) <= 256),
        given_name text,
        family_name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // userName is unique regardless of case (RFC 7643 §4.1.1: caseExact false); externalId exactly.
    await q.query(`CREATE UNIQUE INDEX scim_users_user_name_key ON scim_users (lower(user_name))`);
    await q.query(
      `CREATE UNIQUE INDEX scim_users_external_id_key ON scim_users (external_id) WHERE external_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX scim_users_created_idx ON scim_users (created_at, user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scim_users`);
    await q.query(`DROP TABLE scim_tokens`);
  }
}
