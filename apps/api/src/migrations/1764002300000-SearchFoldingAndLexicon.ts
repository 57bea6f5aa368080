import { MigrationInterface, QueryRunner } from 'typeorm';

const LANGUAGES = ['english', 'swedish', 'french'];

/**
 * Search (libs/server/search), issue 21:
 * - Accents and case fold in every language: `outloud_<language>` text-search configurations run
 *   `unaccent` before the language's stemmer ("francais" finds "français"), and `outloud_words`
 *   folds without stemming, for the lexicon. Documents may now be French too.
 * - The lexicon of indexed words, for word-level typo tolerance: `search_lexicon` counts, per
 *   scope (the public, or one restricted community), the documents holding each folded word, so
 *   a correction only ever comes from words the viewer may see. `search_lexicon_documents` keeps
 *   each document's words so edits and removals move the counts exactly.
 * - The whole-title trigram index goes: typos are corrected per word from the lexicon.
 * Rows indexed before this migration keep their old tsvector (accents unfolded) and are missing
 * from the lexicon until `npm run reindex` (docs/operations.md).
 */
export class SearchFoldingAndLexicon1764002300000 implements MigrationInterface {
  name = 'SearchFoldingAndLexicon1764002300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);
    for (const language of LANGUAGES) {
      await q.query(
        `CREATE TEXT SEARCH CONFIGURATION outloud_${language} (COPY = pg_catalog.${language})`,
      );
      await q.query(
        `ALTER TEXT SEARCH CONFIGURATION outloud_${language}
           ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${language}_stem`,
      );
    }
    await q.query(`CREATE TEXT SEARCH CONFIGURATION outloud_words (COPY = pg_catalog.simple)`);
    await q.query(
      `ALTER TEXT SEARCH CONFIGURATION outloud_words
         ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple`,
    );
    await q.query(`ALTER TABLE search_documents DROP CONSTRAINT search_documents_language_check`);
    await q.query(
      `ALTER TABLE search_documents ADD CONSTRAINT search_documents_language_check
         CHECK (language IN ('english', 'swedish', 'french'))`,
    );
    await q.query(`DROP INDEX search_documents_title_trgm_idx`);
    await q.query(`
      CREATE TABLE search_lexicon (
        scope uuid NOT NULL,
        word text COLLATE "C" NOT NULL,
        df int NOT NULL,
        PRIMARY KEY (scope, word)
      )`);
    // Corrections keep the first letter and a length within two: this index finds that window.
    await q.query(
      `CREATE INDEX search_lexicon_shape_idx ON search_lexicon
         (scope, left(word, 1), length(word)) INCLUDE (word, df)`,
    );
    // A first-letter typo (two typos, from 9 letters) leaves the rest as typed: found by it.
    await q.query(
      `CREATE INDEX search_lexicon_tail_idx ON search_lexicon (scope, substr(word, 2)) INCLUDE (df)`,
    );
    await q.query(`
      CREATE TABLE search_lexicon_documents (
        type text NOT NULL,
        id uuid NOT NULL,
        scope uuid NOT NULL,
        words text[] NOT NULL,
        PRIMARY KEY (type, id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_lexicon_documents`);
    await q.query(`DROP TABLE search_lexicon`);
    await q.query(
      `CREATE INDEX search_documents_title_trgm_idx ON search_documents USING gin (lower(title) gin_trgm_ops)
         WITH (fastupdate = off)`,
    );
    await q.query(`UPDATE search_documents SET language = 'english' WHERE language = 'french'`);
    await q.query(`ALTER TABLE search_documents DROP CONSTRAINT search_documents_language_check`);
    await q.query(
      `ALTER TABLE search_documents ADD CONSTRAINT search_documents_language_check
         CHECK (language IN ('english', 'swedish'))`,
    );
    await q.query(`DROP TEXT SEARCH CONFIGURATION outloud_words`);
    for (const language of LANGUAGES)
      await q.query(`DROP TEXT SEARCH CONFIGURATION outloud_${language}`);
  }
}
