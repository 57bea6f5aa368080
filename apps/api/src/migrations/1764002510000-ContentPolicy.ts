import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The one-page content policy (issue 19): every save is a new version (never edited), and each
 * person's acknowledgement of a version. The current version is the highest number.
 */
export class ContentPolicy1764002510000 implements MigrationInterface {
  name = 'ContentPolicy1764002510000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE content_policy_versions (
        version int PRIMARY KEY CHECK (version > 0),
        markdown text NOT NULL CHECK (char_length(markdown) BETWEEN 1 AND 20000),
        change_note text NOT NULL DEFAULT '' CHECK (char_length(change_note) <= 500),
        published_by uuid REFERENCES users (id),
        published_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE content_policy_acknowledgements (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        version int NOT NULL REFERENCES content_policy_versions (version),
        acknowledged_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, version)
      )`);
    await q.query(
      `CREATE INDEX content_policy_acknowledgements_version_idx
         ON content_policy_acknowledgements (version)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE content_policy_acknowledgements`);
    await q.query(`DROP TABLE content_policy_versions`);
  }
}
