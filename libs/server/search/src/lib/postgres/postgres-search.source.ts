import { BoundedStatements, preparedQuery } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../highlight';
import { ALL_TERMS_BOOST, TS_RANK_NORMALIZATION } from '../ranking';
import {
  FacetCount,
  SearchDocument,
  SearchDocumentKey,
  SearchDocumentType,
  SearchQuery,
} from '../search.types';
import { boostSql, FIELD_WEIGHTS_SQL, float8 } from './ranking-sql';
import { allTermsQuery, anyTermQuery, QUERY_CONFIGS, QueryTerm, WORDS_CONFIG } from './tsquery';

/**
 * The SQL of the PostgreSQL search engine: `search_documents` and its term statistics
 * (`search_terms`, `search_corpus`). The engine decides what to rank (`Candidates`) and how to
 * score each term; this source turns that into statements.
 */

const FACET_SIZE = 20;
/** Most lexemes summed for a prefix's document frequency (a one-letter prefix matches many). */
const PREFIX_TERMS_SUMMED = 2000;
/** A document's text-search configuration, from its language column (accents folded). */
const CONFIG_OF = (language: string) => `('outloud_' || ${language})::regconfig`;
/** The documents of one batch (a JSON array bound as $1) with their weighted tsvector. */
const INPUT_CTE = `input AS (
           SELECT d.*,
                  setweight(to_tsvector(${CONFIG_OF('d.language')}, d.title), 'A')
                    || setweight(to_tsvector(${CONFIG_OF('d.language')}, d.body), 'B')
                    || setweight(to_tsvector(${CONFIG_OF('d.language')}, d.answer), 'C')
                    || setweight(to_tsvector(${CONFIG_OF('d.language')}, d.extra || ' ' || array_to_string(d.tags, ' ')), 'D') AS tsv
             FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, type text, title text, body text, answer text,
                  extra text, tags text[], language text, audience text, community_id uuid, owner_only boolean,
                  author_id uuid, author_department text, is_question boolean, has_accepted_answer boolean,
                  reply_count int, like_count int, created_at timestamptz))`;

/** Inserts or replaces the batch's documents (`input`). */
const UPSERT_DOCUMENTS = `INSERT INTO search_documents AS s (id, type, title, body, answer, extra, tags, language, audience,
                  community_id, owner_only, author_id, author_department, is_question, has_accepted_answer,
                  reply_count, like_count, created_at, indexed_at, tsv)
           SELECT d.id, d.type, d.title, d.body, d.answer, d.extra, d.tags, d.language, d.audience,
                  d.community_id, d.owner_only, d.author_id, d.author_department, d.is_question,
                  d.has_accepted_answer, d.reply_count, d.like_count, d.created_at, now(), d.tsv
             FROM input d
           ON CONFLICT (type, id) DO UPDATE SET
                  title = EXCLUDED.title, body = EXCLUDED.body, answer = EXCLUDED.answer, extra = EXCLUDED.extra,
                  tags = EXCLUDED.tags, language = EXCLUDED.language, audience = EXCLUDED.audience,
                  community_id = EXCLUDED.community_id, owner_only = EXCLUDED.owner_only,
                  author_id = EXCLUDED.author_id, author_department = EXCLUDED.author_department,
                  is_question = EXCLUDED.is_question, has_accepted_answer = EXCLUDED.has_accepted_answer,
                  reply_count = EXCLUDED.reply_count, like_count = EXCLUDED.like_count,
                  created_at = EXCLUDED.created_at, indexed_at = EXCLUDED.indexed_at, tsv = EXCLUDED.tsv`;

/**
 * A full reindex's upsert: a document that is already indexed as it is now keeps its row, so a
 * rebuild of an up-to-date index writes nothing. Rewriting every row left a dead version of each
 * and let the new versions fall wherever there was room, losing the created_at order that the
 * newest-first walk relies on ("budget laptop" at 1M: p50 34 → 48–62 ms after two rebuilds).
 */
const BULK_UPSERT_DOCUMENTS = `${UPSERT_DOCUMENTS}
           WHERE (s.title, s.body, s.answer, s.extra, s.tags, s.language, s.audience, s.community_id,
                  s.owner_only, s.author_id, s.author_department, s.is_question, s.has_accepted_answer,
                  s.reply_count, s.like_count, s.created_at)
                 IS DISTINCT FROM
                 (EXCLUDED.title, EXCLUDED.body, EXCLUDED.answer, EXCLUDED.extra, EXCLUDED.tags,
                  EXCLUDED.language, EXCLUDED.audience, EXCLUDED.community_id, EXCLUDED.owner_only,
                  EXCLUDED.author_id, EXCLUDED.author_department, EXCLUDED.is_question,
                  EXCLUDED.has_accepted_answer, EXCLUDED.reply_count, EXCLUDED.like_count,
                  EXCLUDED.created_at)`;

/** The GIN indexes a document write updates (migrations 1764000800000 and 1764001400000 turn their pending lists off). */
const GIN_INDEXES = ['search_documents_tsv_idx', 'search_documents_answered_tsv_idx'];
/**
 * Search statements kept prepared per connection (decision 0008): parsing and planning the
 * statement cost more than running it for rare words. Only shapes whose best plan is the same for
 * any words qualify (see `run`). Their text still follows the query's shape (one ranking term per
 * word, the filters used); 32 covers the common shapes and bounds the cached plans at about 6 MB
 * per connection. Shapes past it run unnamed.
 */
const SEARCH_STATEMENTS = new BoundedStatements(32);
/** Serialises index writes so term statistics stay exact under concurrent indexers. */
const STATS_LOCK = `pg_advisory_xact_lock(hashtext('outloud.search_terms'))`;
const PUBLIC_DOC = `(audience = 'public' AND NOT owner_only)`;

interface Params {
  push(value: unknown): string;
  values: unknown[];
}

function params(): Params {
  const values: unknown[] = [];
  return {
    values,
    push(value) {
      values.push(value);
      return `$${values.length}`;
    },
  };
}

export interface PageRow {
  id: string;
  type: SearchDocumentType;
  score: number;
  title: string;
  answer: string | null;
  body: string | null;
}

/** One lexeme of the query (or of a correction's alternative) with its public document frequency. */
export interface TermRow {
  kind: 'word' | 'correction';
  config: string;
  lexeme: string;
  position: number;
  df: number;
  prefix_df: number | null;
  total: string;
}

/** A query term with its weight in the text score (idf × the term's weight × its forms). */
export interface ScoredTerm {
  term: QueryTerm;
  weight: number;
}

/**
 * Which documents a search ranks (docs/decisions/0002-search-query-plan.md): every match, the
 * matches of the rarer terms, or, when every term is common, the most recent `ranked` documents
 * holding all the matchable terms plus the most recent `loose` holding some.
 */
export type Candidates =
  | { kind: 'every-match' }
  | { kind: 'rare-terms'; terms: QueryTerm[] }
  | { kind: 'most-recent'; matchable: QueryTerm[]; ranked: number; loose: number };

/** A page of hits with the total and facets, in one row. */
export interface SearchRows {
  page: PageRow[];
  total: number;
  types: FacetCount[];
  tags: FacetCount[];
  communities: FacetCount[];
}

/** Text-search configurations as an SQL array literal: fixed names from code, never input. */
function configsSql(configs: readonly string[]): string {
  if (!configs.every((c) => /^[a-z_]+$/.test(c))) throw new Error('Unexpected configuration name');
  return `ARRAY[${configs.map((c) => `'${c}'`).join(', ')}]::regconfig[]`;
}

/**
 * The lexemes of the query text ($1), their public document frequencies, the prefix frequency of
 * the last word when it is still being typed (`stillTyping`) and the corpus size; `corrections`,
 * when given, adds the lexemes of each correction's alternatives ($2, one JSON array of
 * `{ word, alternative }`). Each variant is a text of its own and binds no array, so each
 * prepared statement keeps one generic plan: with array parameters PostgreSQL planned it afresh
 * on every search (an array's length is known to a custom plan only; a JSON array's to none),
 * and with "still typing" as a boolean parameter it planned every search of finished words (a
 * custom plan for false drops the prefix sum, so it always looked cheaper).
 */
function termRowsSql(corrections: boolean, stillTyping: boolean): string {
  const correctionRows = corrections
    ? `UNION ALL
         SELECT 'correction', a.word, v.lexeme COLLATE "C", 0
           FROM json_to_recordset($2::json) AS a(word text, alternative text),
                unnest(${configsSql(QUERY_CONFIGS)}) AS c(cfg), unnest(to_tsvector(c.cfg, a.alternative)) AS v`
    : '';
  const prefixDf = stillTyping
    ? `CASE WHEN v.kind = 'word' AND v.position = (SELECT p FROM last) THEN
                (SELECT coalesce(sum(greatest(x.df, 0)), 0)::int FROM (
                   SELECT t.df FROM search_terms t
                    WHERE t.lexeme >= v.lexeme AND t.lexeme < v.lexeme || chr(1114111)
                    LIMIT ${PREFIX_TERMS_SUMMED}) x) END`
    : 'NULL::int';
  return `WITH v AS MATERIALIZED (
         SELECT 'word' AS kind, c.cfg::text AS config, v.lexeme COLLATE "C" AS lexeme, p AS position
           FROM unnest(${configsSql([...QUERY_CONFIGS, WORDS_CONFIG])}) AS c(cfg),
                unnest(to_tsvector(c.cfg, $1::text)) AS v,
                unnest(coalesce(v.positions, '{1}')) AS p
         ${correctionRows}),
       last AS (SELECT max(position) AS p FROM v WHERE kind = 'word')
       SELECT v.kind, v.config, v.lexeme, v.position,
              coalesce((SELECT greatest(t.df, 0) FROM search_terms t WHERE t.lexeme = v.lexeme), 0) AS df,
              ${prefixDf} AS prefix_df,
              coalesce((SELECT documents FROM search_corpus WHERE id = 1), 0) AS total
         FROM v`;
}
/** The four texts, by [corrections][stillTyping]. */
const TERM_ROWS = [false, true].map((corrections) =>
  [false, true].map((stillTyping) => termRowsSql(corrections, stillTyping)),
);

export class PostgresSearchSource {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A full reindex rewrites every row: let the GIN indexes buffer insertions in their pending list
   * (fastupdate) while it runs, instead of one index insertion per lexeme per row. Concurrent
   * writers are unaffected (the storage parameter change takes a lock they do not conflict with).
   */
  async bufferIndexWrites(): Promise<void> {
    for (const index of GIN_INDEXES)
      await this.dataSource.query(`ALTER INDEX ${index} SET (fastupdate = on)`);
  }

  /** Recomputes the term statistics from the index (after a full reindex; they drift never, but
   * a rebuild is the one place that can afford to prove it), then merges the GIN pending lists
   * and turns them off again (queries would otherwise scan them; see decision 0002). */
  async mergeIndexWritesAndRecount(): Promise<void> {
    for (const index of GIN_INDEXES) {
      await this.dataSource.query(`SELECT gin_clean_pending_list($1::regclass)`, [index]);
      await this.dataSource.query(`ALTER INDEX ${index} SET (fastupdate = off)`);
    }
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT ${STATS_LOCK}`);
      await tx.query(`DELETE FROM search_terms`);
      await tx.query(
        `INSERT INTO search_terms (lexeme, df)
         SELECT word, ndoc FROM ts_stat('SELECT tsv FROM search_documents WHERE ${PUBLIC_DOC.replace(/'/g, "''")}')`,
      );
      await tx.query(
        `INSERT INTO search_corpus (id, documents)
         SELECT 1, count(*) FROM search_documents WHERE ${PUBLIC_DOC}
         ON CONFLICT (id) DO UPDATE SET documents = EXCLUDED.documents`,
      );
    });
    // Rows the rebuild changed left dead versions (the newest-first walk of a common-words search
    // would visit them); fresh statistics and visibility map as well. 6 s at 1M.
    await this.dataSource.query(`VACUUM (ANALYZE) search_documents`);
  }

  /**
   * Writes documents and, in the same statement, moves the term statistics by the difference
   * between the old and new lexemes of public documents (a like or a reply count changes none).
   */
  async upsert(documents: SearchDocument[]): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT ${STATS_LOCK}`);
      await tx.query(
        `WITH ${INPUT_CTE},
         old AS (
           SELECT s.tsv FROM search_documents s JOIN input i ON s.type = i.type AND s.id = i.id
            WHERE s.audience = 'public' AND NOT s.owner_only),
         up AS (
           ${UPSERT_DOCUMENTS}
           RETURNING s.tsv, (s.audience = 'public' AND NOT s.owner_only) AS counted),
         delta AS (
           SELECT x.lexeme, sum(x.n)::int AS n FROM (
             SELECT unnest(tsvector_to_array(tsv)) AS lexeme, -1 AS n FROM old
             UNION ALL
             SELECT unnest(tsvector_to_array(tsv)), 1 FROM up WHERE counted) x
            GROUP BY x.lexeme HAVING sum(x.n) <> 0),
         corpus AS (
           UPDATE search_corpus SET documents = greatest(0, documents
                    + (SELECT count(*) FROM up WHERE counted) - (SELECT count(*) FROM old))
            WHERE id = 1)
         INSERT INTO search_terms AS t (lexeme, df)
         SELECT lexeme, n FROM delta ORDER BY lexeme COLLATE "C"
         ON CONFLICT (lexeme) DO UPDATE SET df = t.df + EXCLUDED.df`,
        [JSON.stringify(documents.map(toRow))],
      );
    });
  }

  /** A full reindex's batch: the documents only, in the order given (the caller sorts them). */
  async bulkUpsert(documents: SearchDocument[]): Promise<void> {
    await this.dataSource.query(`WITH ${INPUT_CTE} ${BULK_UPSERT_DOCUMENTS}`, [
      JSON.stringify(documents.map(toRow)),
    ]);
  }

  async remove(keys: SearchDocumentKey[]): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT ${STATS_LOCK}`);
      await tx.query(
        `WITH gone AS (
           DELETE FROM search_documents WHERE (type, id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))
           RETURNING tsv, ${PUBLIC_DOC} AS counted),
         delta AS (
           SELECT unnest(tsvector_to_array(tsv)) COLLATE "C" AS lexeme, count(*)::int AS n
             FROM gone WHERE counted GROUP BY 1),
         corpus AS (
           UPDATE search_corpus SET documents = greatest(0, documents - (SELECT count(*) FROM gone WHERE counted))
            WHERE id = 1)
         UPDATE search_terms t SET df = t.df - delta.n FROM delta WHERE t.lexeme = delta.lexeme`,
        [keys.map((k) => k.type), keys.map((k) => k.id)],
      );
    });
  }

  /**
   * One round trip: the query's words as PostgreSQL's own parser and stemmers see them (every
   * language configuration, and folded for the lexicon), their public document frequencies from
   * search_terms (a primary-key lookup each; a range scan for the word still being typed), the
   * forms of the corrections' alternatives, and the corpus size.
   */
  termRows(
    text: string,
    stillTyping: boolean,
    alternatives: { word: string; alternative: string }[],
  ): Promise<TermRow[]> {
    const sql = TERM_ROWS[alternatives.length ? 1 : 0][stillTyping ? 1 : 0];
    if (!alternatives.length) return preparedQuery(this.dataSource, sql, [text]);
    return preparedQuery(this.dataSource, sql, [text, JSON.stringify(alternatives)]);
  }

  /**
   * Scores the candidates (Σ weight × weighted ts_rank, times the all-terms boost and the named
   * boosts of ranking.ts) and returns one page with its snippets, the total and the facets.
   */
  async search(
    query: SearchQuery,
    scored: ScoredTerm[],
    candidateSet: Candidates,
  ): Promise<SearchRows> {
    const terms = scored.map((s) => s.term);
    const p = params();
    const vis = visibilitySql(query, p);
    const filters = filterSql(query, p);
    // Bound only when the SQL uses it (an unused parameter has no type PostgreSQL can infer).
    let anyParam: string | null = null;
    const anyQuery = () => (anyParam ??= `${p.push(anyTermQuery(terms))}::tsquery`);
    const strictQuery = `${p.push(allTermsQuery(terms))}::tsquery`;
    const boost = boostSql('d', {
      network: p.push(query.viewer.networkUserIds),
      ownCommunities: p.push(query.viewer.ownCommunityIds),
      department: p.push(query.viewer.department),
    });
    const textScore = scored
      .map(
        (s) =>
          `${p.push(s.weight)}::float8 * ts_rank(${FIELD_WEIGHTS_SQL}, d.tsv, ${p.push(s.term.tsquery)}::tsquery, ${TS_RANK_NORMALIZATION})`,
      )
      .join(' + ');
    // Phrases and exclusions typed on purpose are requirements; otherwise matching every word is
    // a boost, not a requirement, so long natural questions still find answers.
    const required = requiredSql(query, p);
    const limit = `${p.push(query.limit)}::int`;
    const offset = `${p.push(query.offset)}::int`;
    const where = `${vis} AND ${filters}${required ? ` AND d.tsv @@ ${required}` : ''}`;
    const columns = `d.id, d.type, d.community_id, d.tags, d.tsv, d.has_accepted_answer, d.reply_count,
                     d.like_count, d.author_id, d.author_department, d.created_at`;
    let candidates: string;
    if (candidateSet.kind === 'every-match') {
      candidates = `SELECT ${columns} FROM search_documents d WHERE d.tsv @@ ${anyQuery()} AND ${where}`;
    } else if (candidateSet.kind === 'rare-terms') {
      candidates = `SELECT ${columns} FROM search_documents d
                     WHERE d.tsv @@ ${p.push(anyTermQuery(candidateSet.terms))}::tsquery AND ${where}`;
    } else {
      // Every term is common: the most recent documents with all of them, then a few with some
      // (the created_at index finds both without sorting every match).
      const allMatchable = `${p.push(allTermsQuery(candidateSet.matchable))}::tsquery`;
      candidates = `(SELECT ${columns} FROM search_documents d WHERE d.tsv @@ ${allMatchable} AND ${where}
                      ORDER BY d.created_at DESC LIMIT ${p.push(candidateSet.ranked)}::int)
                    UNION ALL
                    (SELECT ${columns} FROM search_documents d
                      WHERE d.tsv @@ ${anyQuery()} AND NOT (d.tsv @@ ${allMatchable}) AND ${where}
                      ORDER BY d.created_at DESC LIMIT ${p.push(candidateSet.loose)}::int)`;
    }
    // The page with its snippets (ts_headline is costly: the page only, in this round trip).
    // An answered question gets both: its own text and the accepted answer. `hitsOnly` asks for neither.
    const pageRows = `(SELECT h.id, h.type, h.score FROM hits h ORDER BY h.score DESC, h.type, h.id
                        LIMIT ${limit} OFFSET ${offset}) pg`;
    let page: string;
    if (query.hitsOnly) {
      page = `SELECT pg.id, pg.type, pg.score, '' AS title FROM ${pageRows}`;
    } else {
      const headlineQuery = anyQuery();
      const marks = `${p.push(`StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_END}"`)}::text`;
      page = `SELECT pg.id, pg.type, pg.score,
                ts_headline(${CONFIG_OF('d.language')}, d.title, ${headlineQuery}, 'HighlightAll=true, ' || ${marks}) AS title,
                CASE WHEN d.answer <> '' THEN ts_headline(${CONFIG_OF('d.language')}, d.answer, ${headlineQuery},
                     'MaxWords=35, MinWords=12, MaxFragments=1, ' || ${marks}) END AS answer,
                CASE WHEN d.body <> '' THEN ts_headline(${CONFIG_OF('d.language')}, d.body,
                     ${headlineQuery}, 'MaxWords=35, MinWords=12, MaxFragments=1, ' || ${marks}) END AS body
           FROM ${pageRows} JOIN search_documents d ON d.type = pg.type AND d.id = pg.id`;
    }
    const facets = query.hitsOnly
      ? `'[]'::json AS types, '[]'::json AS tags, '[]'::json AS communities`
      : `(SELECT coalesce(json_agg(x), '[]') FROM (
           SELECT h.type AS value, count(*)::int AS count FROM hits h GROUP BY h.type
            ORDER BY count DESC, value) x) AS types,
        (SELECT coalesce(json_agg(x), '[]') FROM (
           SELECT tag AS value, count(*)::int AS count FROM hits h, unnest(h.tags) AS tag GROUP BY tag
            ORDER BY count DESC, value LIMIT ${FACET_SIZE}) x) AS tags,
        (SELECT coalesce(json_agg(x), '[]') FROM (
           SELECT h.community_id::text AS value, count(*)::int AS count FROM hits h
            WHERE h.community_id IS NOT NULL AND h.type <> 'community' GROUP BY h.community_id
            ORDER BY count DESC, value LIMIT ${FACET_SIZE}) x) AS communities`;
    const sql = `
      WITH fts AS MATERIALIZED (
        SELECT d.id, d.type, d.community_id, d.tags,
               (${textScore})
                 * CASE WHEN d.tsv @@ ${strictQuery} THEN ${float8(1 + ALL_TERMS_BOOST)} ELSE 1 END
                 * ${boost} AS score
          FROM (${candidates}) d),
      hits AS (SELECT * FROM fts)
      SELECT
        (SELECT coalesce(json_agg(x ORDER BY x.score DESC, x.type, x.id), '[]') FROM (${page}) x) AS page,
        (SELECT count(*)::int FROM hits) AS total,
        ${facets}`;
    // Rare words (or a small corpus) always go through the GIN index, so a cached generic plan
    // serves them well. The newest-first walk for common words is planned per query: a generic
    // plan for common words made "budget laptop" at 100k 2.5× slower.
    const planHoldsForAnyWords = candidateSet.kind !== 'most-recent';
    const [row]: SearchRows[] = planHoldsForAnyWords
      ? await SEARCH_STATEMENTS.query(this.dataSource, sql, p.values)
      : await this.dataSource.query(sql, p.values);
    return row;
  }
}

/**
 * What the viewer may see, inside the WHERE clause (so totals and facets never count the rest):
 * public documents; members-only ones of restricted communities the viewer belongs to; restricted
 * communities themselves also for invitees (AccessPolicy.visibleCommunitiesSql); and private
 * bookmarks only for their owner.
 */
function visibilitySql(query: SearchQuery, p: Params): string {
  const v = query.viewer;
  return `((d.audience = 'public' OR d.community_id = ANY(${p.push(v.visibleCommunityIds)}::uuid[])
            OR (d.type = 'community' AND d.community_id = ANY(${p.push(v.listedCommunityIds)}::uuid[])))
           AND (NOT d.owner_only OR d.author_id = ${p.push(v.id)}::uuid))`;
}

/**
 * Phrases (in every language's configuration) and exclusions as one tsquery documents must
 * match, or null. Each text is a bound parameter that PostgreSQL parses as words.
 */
function requiredSql(query: SearchQuery, p: Params): string | null {
  const anyLanguage = (fn: string, text: string) => {
    const value = `${p.push(text)}::text`;
    return `(${QUERY_CONFIGS.map((c) => `${fn}('${c}', ${value})`).join(' || ')})`;
  };
  const wordy = (t: string) => /[\p{L}\p{N}]/u.test(t);
  const parts = [
    ...(query.phrases ?? []).filter(wordy).map((t) => anyLanguage('phraseto_tsquery', t)),
    ...(query.excluded ?? []).filter(wordy).map((t) => `!!${anyLanguage('plainto_tsquery', t)}`),
  ];
  return parts.length ? `(${parts.join(' && ')})` : null;
}

/** Filters from the allow-listed query object only; every value is a bound parameter. */
function filterSql(query: SearchQuery, p: Params): string {
  const where: string[] = ['true'];
  const f = query.filters;
  if (query.types?.length) where.push(`d.type = ANY(${p.push(query.types)}::text[])`);
  if (f.communityIds?.length) where.push(`d.community_id = ANY(${p.push(f.communityIds)}::uuid[])`);
  if (f.authorIds?.length) where.push(`d.author_id = ANY(${p.push(f.authorIds)}::uuid[])`);
  if (f.tags?.length) where.push(`d.tags && ${p.push(f.tags)}::text[]`);
  if (f.answeredOnly) where.push(`d.has_accepted_answer`);
  if (f.from) where.push(`d.created_at >= ${p.push(f.from.toISOString())}::timestamptz`);
  if (f.to) where.push(`d.created_at < ${p.push(f.to.toISOString())}::timestamptz`);
  return where.join(' AND ');
}

function toRow(d: SearchDocument) {
  return {
    id: d.id,
    type: d.type,
    title: d.title,
    body: d.body,
    answer: d.answer,
    extra: d.extra,
    tags: d.tags,
    language: d.language,
    audience: d.audience,
    community_id: d.communityId,
    owner_only: d.ownerOnly,
    author_id: d.authorId,
    author_department: d.authorDepartment,
    is_question: d.isQuestion,
    has_accepted_answer: d.hasAcceptedAnswer,
    reply_count: d.replyCount,
    like_count: d.likeCount,
    created_at: d.createdAt.toISOString(),
  };
}
