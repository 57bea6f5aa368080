import { preparedQuery } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { LexiconCandidate, MAX_CORRECTED_WORDS, TYPO_RULES } from './typo-rules';

/** The scope of public documents; a restricted community's documents are scoped by its id. */
export const PUBLIC_SCOPE = '00000000-0000-0000-0000-000000000000';
/** Serialises lexicon writes so document counts stay exact under concurrent indexers. */
const LEXICON_LOCK = `pg_advisory_xact_lock(hashtext('outloud.search_lexicon'))`;
/**
 * The words of a text as the lexicon keeps them: folded (lower case, no accents), unstemmed,
 * letters only (no numbers, links or code), 2 to 40 characters.
 */
const WORDS_OF = (text: string) =>
  `(SELECT coalesce(array_agg(w.lexeme ORDER BY w.lexeme), '{}')
      FROM unnest(to_tsvector('outloud_words', ${text})) AS w
     WHERE length(w.lexeme) BETWEEN 2 AND 40 AND w.lexeme !~ '[0-9./@:_+#]')`;

/** A document's text for the lexicon, in the scope where its words count. */
export interface LexiconRow {
  type: string;
  id: string;
  scope: string | null;
  text: string;
}

/** What the lexicon knows of each typed word, with the visible words close to a misspelt one. */
export interface LexiconLookup {
  typed: string;
  folded: string;
  known: boolean;
  known_public: boolean;
  candidates: (LexiconCandidate & { same_stem: boolean })[] | null;
}

/** The documents' folded words ($1: the rows as JSON). */
const INPUT = `input AS (
           SELECT d.type, d.id, d.scope, ${WORDS_OF('d.text')} AS words
             FROM jsonb_to_recordset($1::jsonb) AS d(type text, id uuid, scope uuid, text text))`;
/** Stores each document's words, writing only what changed. */
const UPSERT = `INSERT INTO search_lexicon_documents AS s (type, id, scope, words)
           SELECT type, id, scope, words FROM input
           ON CONFLICT (type, id) DO UPDATE SET scope = EXCLUDED.scope, words = EXCLUDED.words
           WHERE (s.scope, s.words) IS DISTINCT FROM (EXCLUDED.scope, EXCLUDED.words)`;

/** The statements on `search_lexicon` and `search_lexicon_documents`. */
export class SearchLexiconSource {
  constructor(private readonly dataSource: DataSource) {}

  /** A full reindex's share: only the per-document words (`rebuildCounts` follows). */
  async replaceDocuments(kept: LexiconRow[], gone: { type: string; id: string }[]): Promise<void> {
    const keys = [JSON.stringify(kept), gone.map((k) => k.type), gone.map((k) => k.id)];
    await this.dataSource.query(
      `WITH ${INPUT}, up AS (${UPSERT})
         DELETE FROM search_lexicon_documents
          WHERE (type, id) IN (SELECT * FROM unnest($2::text[], $3::uuid[]))`,
      keys,
    );
  }

  /** The documents' words and, under the lexicon lock, the counts moved by their difference. */
  async replaceDocumentsAndCounts(
    kept: LexiconRow[],
    gone: { type: string; id: string }[],
  ): Promise<void> {
    const keys = [JSON.stringify(kept), gone.map((k) => k.type), gone.map((k) => k.id)];
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT ${LEXICON_LOCK}`);
      await tx.query(
        `WITH ${INPUT},
         old AS (
           -- One list of keys, so each is found through the primary key; two lists joined by OR
           -- read every document (17 of 20 ms per batch of 33 posts on peer, growing with them).
           SELECT s.scope, s.words FROM search_lexicon_documents s
            WHERE (s.type, s.id) IN (SELECT type, id FROM input
                                     UNION ALL SELECT * FROM unnest($2::text[], $3::uuid[]))),
         up AS (${UPSERT} RETURNING s.type),
         removed AS (
           DELETE FROM search_lexicon_documents
            WHERE (type, id) IN (SELECT * FROM unnest($2::text[], $3::uuid[]))),
         delta AS (
           SELECT x.scope, x.word, sum(x.n)::int AS n FROM (
             SELECT o.scope, unnest(o.words) AS word, -1 AS n FROM old o
             UNION ALL
             SELECT i.scope, unnest(i.words), 1 FROM input i) x
            GROUP BY x.scope, x.word HAVING sum(x.n) <> 0)
         INSERT INTO search_lexicon AS l (scope, word, df)
         SELECT scope, word, n FROM delta ORDER BY scope, word COLLATE "C"
         ON CONFLICT (scope, word) DO UPDATE SET df = l.df + EXCLUDED.df`,
        keys,
      );
    });
  }

  /** After a full reindex: the counts from the per-document words (words nobody holds go). */
  async rebuildCounts(): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT ${LEXICON_LOCK}`);
      await tx.query(`DELETE FROM search_lexicon`);
      await tx.query(
        `INSERT INTO search_lexicon (scope, word, df)
         SELECT scope, word, count(*)::int FROM search_lexicon_documents, unnest(words) AS word
          GROUP BY scope, word ORDER BY scope, word COLLATE "C"`,
      );
    });
    await this.dataSource.query(`VACUUM (ANALYZE) search_lexicon`);
  }

  /** The typed words of a text, folded, whether the scopes hold them, and candidates if not. */
  async lookup(text: string, scopes: string[]): Promise<LexiconLookup[]> {
    return preparedQuery<LexiconLookup>(
      this.dataSource,
      `WITH typed AS MATERIALIZED (
         SELECT t.word AS typed, min(t.ord) AS ord, min(v.lexeme) AS folded
           FROM regexp_split_to_table($1::text, '\\s+') WITH ORDINALITY AS t(word, ord),
                unnest(to_tsvector('outloud_words', t.word)) AS v
          WHERE length(v.lexeme) >= ${TYPO_RULES.oneTypoFrom} AND v.lexeme !~ '[0-9./@:_+#]'
            AND array_length(tsvector_to_array(to_tsvector('outloud_words', t.word)), 1) = 1
          GROUP BY t.word ORDER BY min(t.ord) LIMIT ${MAX_CORRECTED_WORDS * 2}),
       known AS (
         SELECT t.*, CASE WHEN length(t.folded) >= ${TYPO_RULES.twoTyposFrom} THEN 2 ELSE 1 END AS allowed,
                EXISTS (SELECT 1 FROM search_lexicon l
                              WHERE l.scope = ANY($2::uuid[]) AND l.word = t.folded AND l.df > 0) AS known,
                EXISTS (SELECT 1 FROM search_lexicon l
                              WHERE l.scope = '${PUBLIC_SCOPE}' AND l.word = t.folded AND l.df > 0) AS known_public
           FROM typed t)
       SELECT k.typed, k.folded, k.known, k.known_public,
              CASE WHEN NOT k.known THEN (
                SELECT json_agg(json_build_object('word', c.word, 'df', c.df, 'same_stem', c.same_stem))
                  FROM (SELECT l.word, sum(l.df)::int AS df,
                               EXISTS (SELECT 1 FROM unnest('{outloud_english,outloud_swedish,outloud_french}'::regconfig[]) AS cfg
                                        WHERE strip(to_tsvector(cfg, l.word)) = strip(to_tsvector(cfg, k.folded))
                                          AND length(to_tsvector(cfg, l.word)) > 0) AS same_stem
                          FROM search_lexicon l
                         WHERE l.scope = ANY($2::uuid[]) AND l.df > 0
                           AND ((left(l.word, 1) = left(k.folded, 1)
                                 AND length(l.word) BETWEEN length(k.folded) - k.allowed AND length(k.folded) + k.allowed
                                 -- a swap is two Levenshtein edits but one typo: checked exactly below
                                 AND levenshtein_less_equal(l.word, k.folded, 2 * k.allowed) <= 2 * k.allowed)
                             OR (length(k.folded) >= ${TYPO_RULES.twoTyposFrom}
                                 AND (substr(l.word, 2) = substr(k.folded, 2) OR substr(l.word, 2) = k.folded
                                      OR l.word = substr(k.folded, 2)
                                      OR l.word = substr(k.folded, 2, 1) || left(k.folded, 1) || substr(k.folded, 3))))
                         GROUP BY l.word) c) END AS candidates
         FROM known k ORDER BY k.ord`,
      [text, scopes],
    );
  }
}
