import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files' text for search: `files.extracted_text` (from 1764000500000) now also holds PDF text,
 * capped at 200,000 characters by the application and by this constraint. Plus an index for
 * the per-person storage quota (the sum of the versions someone uploaded).
 */
export class FileText1764000700000 implements MigrationInterface {
  name = 'FileText1764000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE files ADD CONSTRAINT files_extracted_text_cap
        CHECK (extracted_text IS NULL OR char_length(extracted_text) <= 200000)`);
    await q.query(
      `CREATE INDEX file_versions_uploaded_by_idx ON file_versions (uploaded_by) INCLUDE (size_bytes)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX file_versions_uploaded_by_idx`);
    await q.query(`ALTER TABLE files DROP CONSTRAINT files_extracted_text_cap`);
  }
}
