import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search (libs/server/search): files, bookmarks and communities join posts and people, private
 * bookmarks are marked `owner_only`, term statistics are kept by the indexer so a query no
 * longer counts documents per term, and the GIN indexes lose their pending list
 * (docs/decisions/0002-search-query-plan.md).
 *
 * `search_terms` / `search_corpus` count public documents only (never members-only or private
 * ones), so the idf in a score an outsider sees cannot reveal how often a word occurs in
 * restricted content. Both are derived data, rebuilt by `npm run reindex`.
 */
export class SearchTypesAndTermStats1764000800000 implements MigrationInterface {
  name = 'SearchTypesAndTermStats1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_documents DROP CONSTRAINT search_documents_type_check`);
    await q.query(
      `ALTER TABLE search_documents ADD CONSTRAINT search_documents_type_check
         CHECK (type IN ('post', 'user', 'file', 'bookmark', 'community'))`,
    );
    await q.query(
      `ALTER TABLE search_documents ADD COLUMN owner_only boolean NOT NULL DEFAULT false`,
    );
    // "Most recent matches first" when a query matches too many documents to rank them all.
    await q.query(
      `CREATE INDEX search_documents_created_idx ON search_documents (created_at DESC)`,
    );
    // Without a pending list: with fastupdate every query scans the whole unmerged list (up to
    // 4 MB) until vacuum flushes it, which after a reindex or under steady writes cost more than
    // the search itself. Writers pay instead (reindex stays above 5,000 documents/s).
    await q.query(`ALTER INDEX search_documents_tsv_idx SET (fastupdate = off)`);
    await q.query(`ALTER INDEX search_documents_title_trgm_idx SET (fastupdate = off)`);
    // Lexemes compare byte-wise so a prefix ('rive':*) is a range scan.
    await q.query(`
      CREATE TABLE search_terms (
        lexeme text COLLATE "C" PRIMARY KEY,
        df int NOT NULL
      )`);
    await q.query(`
      CREATE TABLE search_corpus (
        id int PRIMARY KEY CHECK (id = 1),
        documents bigint NOT NULL CHECK (documents >= 0)
      )`);
    await q.query(
      `INSERT INTO search_corpus (id, documents)
       SELECT 1, count(*) FROM search_documents WHERE audience = 'public' AND NOT owner_only`,
    );
    await q.query(
      `INSERT INTO search_terms (lexeme, df)
       SELECT word, ndoc FROM ts_stat('SELECT tsv FROM search_documents WHERE audience = ''public'' AND NOT owner_only')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_corpus`);
    await q.query(`DROP TABLE search_terms`);
    await q.query(`DROP INDEX search_documents_created_idx`);
    await q.query(`ALTER INDEX search_documents_tsv_idx RESET (fastupdate)`);
    await q.query(`ALTER INDEX search_documents_title_trgm_idx RESET (fastupdate)`);
    await q.query(`DELETE FROM search_documents WHERE type NOT IN ('post', 'user')`);
    await q.query(`ALTER TABLE search_documents DROP COLUMN owner_only`);
    await q.query(`ALTER TABLE search_documents DROP CONSTRAINT search_documents_type_check`);
    await q.query(
      `ALTER TABLE search_documents ADD CONSTRAINT search_documents_type_check CHECK (type IN ('post', 'user'))`,
    );
  }
}
