import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Communities: descriptions, tags, activity and member counts, memberships with requests and
 * invitations, pinned posts. Extends the minimal tables the stream migration created.
 */
export class Communities1764000200000 implements MigrationInterface {
  name = 'Communities1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE communities
        ADD COLUMN description text NOT NULL DEFAULT '',
        ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
        ADD COLUMN created_by uuid REFERENCES users (id),
        ADD COLUMN member_count int NOT NULL DEFAULT 0,
        ADD COLUMN last_activity_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN image_sha256 text,
        ADD CONSTRAINT communities_name_length CHECK (char_length(name) BETWEEN 1 AND 80),
        ADD CONSTRAINT communities_slug_format CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$')`);
    await q.query(
      `CREATE INDEX communities_activity_idx ON communities (last_activity_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX communities_members_idx ON communities (member_count DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX communities_name_trgm_idx ON communities USING gin (lower(name) gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX communities_tags_idx ON communities USING gin (tags)`);

    await q.query(`
      ALTER TABLE community_members
        ADD COLUMN invited_by uuid REFERENCES users (id),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(
      `CREATE INDEX community_members_state_idx ON community_members (community_id, state, created_at)`,
    );

    await q.query(`
      CREATE TABLE community_images (
        community_id uuid PRIMARY KEY REFERENCES communities (id) ON DELETE CASCADE,
        mime_type text NOT NULL,
        bytes bytea NOT NULL,
        sha256 text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE posts ADD COLUMN pinned_at timestamptz`);
    await q.query(
      `CREATE INDEX posts_community_pinned_idx ON posts (community_id, pinned_at DESC) WHERE pinned_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE posts DROP COLUMN pinned_at`);
    await q.query(`DROP TABLE community_images`);
    await q.query(`DROP INDEX community_members_state_idx`);
    await q.query(`ALTER TABLE community_members DROP COLUMN invited_by, DROP COLUMN updated_at`);
    await q.query(`DROP INDEX communities_tags_idx`);
    await q.query(`DROP INDEX communities_name_trgm_idx`);
    await q.query(`DROP INDEX communities_members_idx`);
    await q.query(`DROP INDEX communities_activity_idx`);
    await q.query(`
      ALTER TABLE communities
        DROP CONSTRAINT communities_slug_format, DROP CONSTRAINT communities_name_length,
        DROP COLUMN description, DROP COLUMN tags, DROP COLUMN created_by, DROP COLUMN member_count,
        DROP COLUMN last_activity_at, DROP COLUMN updated_at, DROP COLUMN image_sha256`);
  }
}
