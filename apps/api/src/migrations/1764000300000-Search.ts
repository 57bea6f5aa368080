import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search documents for the PostgreSQL engine (libs/server/search). Derived data: rows are
 * written by outbox handlers and the reindex command, never by users, and carry no foreign keys
 * so indexing order does not matter. `tsv` is built at upsert time because its text
 * configuration (English or Swedish) is per row.
 */
export class Search1764000300000 implements MigrationInterface {
  name = 'Search1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_documents (
        type text NOT NULL CHECK (type IN ('post', 'user')),
        id uuid NOT NULL,
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        answer text NOT NULL DEFAULT '',
        extra text NOT NULL DEFAULT '',
        tags text[] NOT NULL DEFAULT '{}',
        language text NOT NULL DEFAULT 'english' CHECK (language IN ('english', 'swedish')),
        audience text NOT NULL DEFAULT 'public' CHECK (audience IN ('public', 'members')),
        community_id uuid,
        author_id uuid,
        author_department text,
        is_question boolean NOT NULL DEFAULT false,
        has_accepted_answer boolean NOT NULL DEFAULT false,
        reply_count int NOT NULL DEFAULT 0,
        like_count int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        indexed_at timestamptz NOT NULL DEFAULT now(),
        tsv tsvector NOT NULL,
        PRIMARY KEY (type, id),
        CHECK (audience = 'public' OR community_id IS NOT NULL)
      )`);
    // Full-text matching, typo-tolerant title matching, and the filters.
    await q.query(`CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv)`);
    await q.query(
      `CREATE INDEX search_documents_title_trgm_idx ON search_documents USING gin (lower(title) gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX search_documents_tags_idx ON search_documents USING gin (tags)`);
    await q.query(
      `CREATE INDEX search_documents_community_idx ON search_documents (community_id) WHERE community_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX search_documents_author_idx ON search_documents (author_id)`);
    await q.query(
      `CREATE INDEX search_documents_answered_idx ON search_documents (created_at DESC) WHERE has_accepted_answer`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_documents`);
  }
}
