import { preparedQuery } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { SearchDocument, SearchDocumentKey } from '../search.types';
import {
  correctWord,
  LexiconCandidate,
  MAX_CORRECTED_WORDS,
  TYPO_RULES,
  WordCorrection,
} from './typo-rules';

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

/** Where a document's words count: public, a restricted community, or nowhere (private). */
export function lexiconScope(d: SearchDocument): string | null {
  if (d.ownerOnly) return null;
  if (d.audience === 'public') return PUBLIC_SCOPE;
  return d.communityId;
}

const KNOWN_WORDS_CACHED = 20_000;
const KNOWN_WORDS_TTL_MS = 5 * 60_000;

/**
 * The words of a text the lexicon could correct, folded as closely as JavaScript can to
 * `outloud_words` (lower case, marks removed). A word folded differently here only misses the
 * cache; the lexicon query then decides.
 */
export function correctableWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((t) =>
      t
        .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase(),
    )
    .filter((w) => /^\p{L}+$/u.test(w) && [...w].length >= TYPO_RULES.oneTypoFrom);
}

/** A bounded set of recent entries that expire (insertion order is age order). */
export class RecentWords {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  has(word: string): boolean {
    const expires = this.seen.get(word);
    if (expires === undefined) return false;
    if (expires > this.now()) return true;
    this.seen.delete(word);
    return false;
  }

  add(word: string): void {
    this.seen.delete(word);
    this.seen.set(word, this.now() + this.ttlMs);
    if (this.seen.size > this.max) this.seen.delete(this.seen.keys().next().value!);
  }
}

export interface Correction extends WordCorrection {
  /** The word as typed (the folded form is `word`). */
  typed: string;
}

/**
 * The lexicon of indexed words, for typo tolerance: per scope, how many documents hold each
 * folded word. Corrections only ever come from the scopes a viewer may see (the public and the
 * restricted communities they belong to), so a misspelt word never reveals a word that only
 * restricted documents hold. Kept by the indexer for every engine (outbox, and in bulk on
 * reindex); the counts move by each document's difference, so edits and removals are exact.
 */
export class SearchLexicon {
  /** Public words seen lately (a word leaves the public lexicon rarely; then it is only not corrected). */
  private readonly knownPublic = new RecentWords(KNOWN_WORDS_CACHED, KNOWN_WORDS_TTL_MS);

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records the documents' words and moves the counts. `bulk` (a full reindex): only the
   * per-document words; `rebuild` recomputes the counts at the end.
   */
  async apply(
    documents: SearchDocument[],
    removed: SearchDocumentKey[] = [],
    options: { bulk?: boolean } = {},
  ): Promise<void> {
    const rows = documents.map((d) => ({
      type: d.type,
      id: d.id,
      scope: lexiconScope(d),
      text: [d.title, d.body, d.answer, d.extra, d.tags.join(' ')].join('\n'),
    }));
    // A document that became private leaves the lexicon like a removed one.
    const gone = [
      ...removed,
      ...rows.filter((r) => r.scope === null).map((r) => ({ type: r.type, id: r.id })),
    ];
    const kept = rows.filter((r) => r.scope !== null);
    if (!kept.length && !gone.length) return;
    const input = `input AS (
           SELECT d.type, d.id, d.scope, ${WORDS_OF('d.text')} AS words
             FROM jsonb_to_recordset($1::jsonb) AS d(type text, id uuid, scope uuid, text text))`;
    const upsert = `INSERT INTO search_lexicon_documents AS s (type, id, scope, words)
           SELECT type, id, scope, words FROM input
           ON CONFLICT (type, id) DO UPDATE SET scope = EXCLUDED.scope, words = EXCLUDED.words
           WHERE (s.scope, s.words) IS DISTINCT FROM (EXCLUDED.scope, EXCLUDED.words)`;
    const keys = [JSON.stringify(kept), gone.map((k) => k.type), gone.map((k) => k.id)];
    if (options.bulk) {
      await this.dataSource.query(
        `WITH ${input}, up AS (${upsert})
         DELETE FROM search_lexicon_documents
          WHERE (type, id) IN (SELECT * FROM unnest($2::text[], $3::uuid[]))`,
        keys,
      );
      return;
    }
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT ${LEXICON_LOCK}`);
      await tx.query(
        `WITH ${input},
         old AS (
           SELECT s.scope, s.words FROM search_lexicon_documents s
            WHERE (s.type, s.id) IN (SELECT type, id FROM input)
               OR (s.type, s.id) IN (SELECT * FROM unnest($2::text[], $3::uuid[]))),
         up AS (${upsert} RETURNING s.type),
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
  async rebuild(): Promise<void> {
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

  /**
   * Corrections for the misspelt words of a text, from the scopes given (the viewer's). A word
   * is left alone when a visible document holds it, or a form of it (a candidate with the same
   * stem: "renewals" is not a typo of "renewal").
   */
  async correct(text: string, scopes: string[]): Promise<Correction[]> {
    // Most queries are spelt right: when every word that could be corrected is a public word
    // seen lately, skip the round trip (public only: whether a word exists in restricted
    // content must not change what an outsider is offered).
    if (correctableWords(text).every((w) => this.knownPublic.has(w))) return [];
    const rows: {
      typed: string;
      folded: string;
      known: boolean;
      known_public: boolean;
      candidates: (LexiconCandidate & { same_stem: boolean })[] | null;
    }[] = await preparedQuery(
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
    const corrections: Correction[] = [];
    for (const row of rows) {
      if (row.known_public) this.knownPublic.add(row.folded);
      if (row.known || !row.candidates?.length) continue;
      if (row.candidates.some((c) => c.same_stem)) continue;
      const correction = correctWord(row.folded, row.candidates);
      if (correction) corrections.push({ ...correction, typed: row.typed });
      if (corrections.length === MAX_CORRECTED_WORDS) break;
    }
    return corrections;
  }
}
